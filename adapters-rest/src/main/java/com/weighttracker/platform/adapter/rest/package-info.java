/**
 * The HTTP conventions every context's controllers share: the response envelope, error mapping,
 * request ids, body limits, the current user, OpenAPI.
 *
 * <p>Named interface {@code platform :: adapter.rest}: contexts' controllers use the envelope,
 * {@code CurrentUser}, query parameters and merge patches.
 */
@PrimaryAdapter
@NamedInterface("adapter.rest")
package com.weighttracker.platform.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.NamedInterface;
