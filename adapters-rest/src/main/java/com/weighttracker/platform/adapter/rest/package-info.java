/**
 * The HTTP conventions every context's controllers share: the response envelope, error mapping,
 * request ids, body limits, the current user, OpenAPI.
 */
@PrimaryAdapter
package com.weighttracker.platform.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
