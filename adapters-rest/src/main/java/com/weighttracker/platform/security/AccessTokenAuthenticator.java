package com.weighttracker.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Turns the bearer token of a request into its caller for the security filter chain; identity
 * implements it with its published access-token check, so the platform's filter chain needs no
 * knowledge of identity.
 */
@FunctionalInterface
public interface AccessTokenAuthenticator {

    /** @throws AuthenticationException (an invalid-token error with a message for the client) when refused */
    CallerAuthentication authenticate(String accessToken);
}
