/**
 * The vocabulary of our access tokens, shared by the adapters that issue and those that check them.
 *
 * <p>Named interface {@code platform :: security}: identity's token issuer uses it.
 */
@NamedInterface("security")
package com.weighttracker.platform.security;

import org.springframework.modulith.NamedInterface;
