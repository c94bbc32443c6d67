/** Tracking over HTTP: /v1/weight-entries and /v1/goal. */
@PrimaryAdapter
package com.weighttracker.tracking.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
