/** Identity over HTTP: /v1/auth and /v1/users. */
@PrimaryAdapter
package com.weighttracker.identity.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
