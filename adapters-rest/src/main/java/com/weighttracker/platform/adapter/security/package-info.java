/**
 * Stateless JWT security, CORS and security headers, rate limits: the same for every context.
 *
 * <p>Named interface {@code platform :: adapter.security}: identity's login and password endpoints use
 * {@code AuthAttemptLimiter}.
 */
@PrimaryAdapter
@NamedInterface("adapter.security")
package com.weighttracker.platform.adapter.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.NamedInterface;
