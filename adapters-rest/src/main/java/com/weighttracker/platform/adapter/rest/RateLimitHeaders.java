package com.weighttracker.platform.adapter.rest;

/** The {@code X-RateLimit-*} response headers of the spec. */
public final class RateLimitHeaders {

    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";
    /** Epoch second at which the bucket is full again. */
    public static final String RESET = "X-RateLimit-Reset";

    private RateLimitHeaders() {
    }
}
