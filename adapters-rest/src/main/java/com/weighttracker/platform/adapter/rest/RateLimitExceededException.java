package com.weighttracker.platform.adapter.rest;

/** The caller used up a rate limit; they may retry after the given number of seconds. */
public final class RateLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;
    private final long retryAfterSeconds;

    public RateLimitExceededException(long limit, long retryAfterSeconds) {
        super("rate limit exceeded", null, false, false);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long limit() {
        return limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
