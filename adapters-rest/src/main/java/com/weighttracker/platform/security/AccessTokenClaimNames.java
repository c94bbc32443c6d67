package com.weighttracker.platform.security;

/** The claims our access tokens carry besides the standard ones (sub = user id). */
public final class AccessTokenClaimNames {

    public static final String EMAIL_VERIFIED = "email_verified";
    public static final String USERNAME = "preferred_username";
    /** The issue time in epoch milliseconds: {@code iat} has whole seconds, too coarse to compare with a revocation. */
    public static final String ISSUED_AT_MILLIS = "iat_ms";

    private AccessTokenClaimNames() {
    }
}
