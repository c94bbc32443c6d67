package com.weighttracker.platform.adapter.security;

import java.util.Locale;
import java.util.function.Supplier;

import com.weighttracker.platform.adapter.rest.RateLimitExceededException;
import com.weighttracker.shared.Rejection;

/**
 * Brute-force protection for the auth endpoints: after {@code authFailures} refused attempts for
 * one IP address and account within the window, further attempts get 429. Sign-in also counts the
 * refused attempts per account, from whatever address: after {@code accountFailures} of them the
 * account is locked for every address it has not signed in from lately, so guesses spread over
 * many addresses stop too, while its owner's own devices keep working (ADR 5). Successful attempts
 * cost nothing.
 */
public class AuthAttemptLimiter {

    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final KnownAddresses knownAddresses;

    AuthAttemptLimiter(RateLimiter limiter, RateLimitProperties limits, KnownAddresses knownAddresses) {
        this.limiter = limiter;
        this.limits = limits;
        this.knownAddresses = knownAddresses;
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
        var key = addressKey(endpoint, clientIp, normalized(account));
        refuseWhenEmpty(key, limits.authFailures());
        try {
            return attempt.get();
        } catch (Rejection refused) {
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

    /**
     * Runs the sign-in {@code attempt} for the account {@code email} unless the address or the
     * account is locked out; a rejected attempt counts against both, a successful one remembers the
     * address as the account's own.
     */
    public <T> T guardSignIn(String clientIp, String email, Supplier<T> attempt) {
        if (!limits.enabled()) {
            return attempt.get();
        }
        var account = normalized(email);
        var addressKey = addressKey("login", clientIp, account);
        var accountKey = "auth:login-account:" + account;
        refuseWhenEmpty(addressKey, limits.authFailures());
        if (!knownAddresses.contains(account, clientIp)) {
            refuseWhenEmpty(accountKey, limits.accountFailures());
        }
        T signedIn;
        try {
            signedIn = attempt.get();
        } catch (Rejection refused) {
            limiter.take(addressKey, limits.authFailures(), limits.authWindow());
            limiter.take(accountKey, limits.accountFailures(), limits.authWindow());
            throw refused;
        }
        knownAddresses.remember(account, clientIp);
        return signedIn;
    }

    private void refuseWhenEmpty(String key, int failures) {
        var decision = limiter.peek(key, failures, limits.authWindow());
        if (!decision.allowed()) {
            throw new RateLimitExceededException(failures, decision.retryAfterSeconds());
        }
    }

    private static String addressKey(String endpoint, String clientIp, String account) {
        return "auth:" + endpoint + ":" + clientIp + ":" + account;
    }

    private static String normalized(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
