package com.weighttracker.platform.adapter.rest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import com.weighttracker.platform.security.AccessTokenClaimNames;
import com.weighttracker.shared.UnauthenticatedException;
import com.weighttracker.shared.UserId;

/** The claims our access tokens carry, read from the authenticated request. */
final class AccessTokenClaims {

    private AccessTokenClaims() {
    }

    static Jwt currentToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken();
        }
        throw new UnauthenticatedException("Authentication is required.");
    }

    static UserId currentUserId() {
        return UserId.of(currentToken().getSubject());
    }

    static boolean currentEmailVerified() {
        return Boolean.TRUE.equals(currentToken().getClaimAsBoolean(AccessTokenClaimNames.EMAIL_VERIFIED));
    }
}
