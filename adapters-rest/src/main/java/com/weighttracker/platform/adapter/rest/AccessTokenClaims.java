package com.weighttracker.platform.adapter.rest;

import org.springframework.security.core.context.SecurityContextHolder;

import com.weighttracker.platform.security.CallerAuthentication;
import com.weighttracker.shared.NotSignedIn;
import com.weighttracker.shared.UserId;

/** What the access token of the authenticated request says about its caller. */
final class AccessTokenClaims {

    private AccessTokenClaims() {
    }

    static CallerAuthentication currentCaller() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller) {
            return caller;
        }
        throw new NotSignedIn("Authentication is required.");
    }

    static UserId currentUserId() {
        return currentCaller().userId();
    }

    static boolean currentEmailVerified() {
        return currentCaller().emailVerified();
    }
}
