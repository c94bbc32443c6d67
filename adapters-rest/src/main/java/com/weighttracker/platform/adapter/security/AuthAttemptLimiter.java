package com.weighttracker.platform.adapter.security;

import java.util.Locale;
import java.util.function.Supplier;

import com.weighttracker.platform.adapter.rest.RateLimitExceededException;
import com.weighttracker.shared.DomainRejection;

/**
 * Brute-force protection for the auth endpoints: after {@code authFailures} refused attempts for
 * one IP address and account within the window, further attempts get 429. Successful attempts
 * cost nothing.
 */
public class AuthAttemptLimiter {

    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    AuthAttemptLimiter(RateLimiter limiter, RateLimitProperties limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * Runs {@code attempt} unless the caller is locked out; a rejected attempt counts as a failure.
     *
     * @param account what the attempt is about (an e-mail address, a token), may be null
     */
    public <T> T guard(String endpoint, String clientIp, String account, Supplier<T> attempt) {
        if (!limits.enabled()) {
            return attempt.get();
        }
        var key = "auth:" + endpoint + ":" + clientIp + ":" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
        var decision = limiter.peek(key, limits.authFailures(), limits.authWindow());
        if (!decision.allowed()) {
            throw new RateLimitExceededException(limits.authFailures(), decision.retryAfterSeconds());
        }
        try {
            return attempt.get();
        } catch (DomainRejection refused) {
            limiter.take(key, limits.authFailures(), limits.authWindow());
            throw refused;
        }
    }

    public void guard(String endpoint, String clientIp, String account, Runnable attempt) {
        guard(endpoint, clientIp, account, () -> {
            attempt.run();
            return null;
        });
    }
}
