package com.weighttracker.platform.security;

/** The claims our access tokens carry besides the standard ones (sub = user id). */
public final class AccessTokenClaimNames {

    public static final String EMAIL_VERIFIED = "email_verified";
    public static final String USERNAME = "preferred_username";

    private AccessTokenClaimNames() {
    }
}
