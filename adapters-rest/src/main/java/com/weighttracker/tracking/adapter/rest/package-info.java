/** Tracking over HTTP: /v1/weight-entries (and their photos) and /v1/goal. */
@PrimaryAdapter
package com.weighttracker.tracking.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
