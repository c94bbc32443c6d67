/** Stateless JWT security, CORS and security headers, rate limits: the same for every context. */
@PrimaryAdapter
package com.weighttracker.platform.adapter.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
