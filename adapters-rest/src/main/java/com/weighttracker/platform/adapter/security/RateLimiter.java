package com.weighttracker.platform.adapter.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * Token-bucket limits by key (Bucket4j). If the bucket store fails (Redis gone), requests pass:
 * a degraded rate limit is better than an outage.
 */
class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    /** What a request learned from its bucket. */
    record Decision(boolean allowed, long limit, long remaining, long secondsToReset, long retryAfterSeconds) {
    }

    private final RateLimitBuckets buckets;

    RateLimiter(RateLimitBuckets buckets) {
        this.buckets = buckets;
    }

    /** Takes one token if there is one. */
    Decision consume(String key, long limit, Duration window) {
        try {
            var probe = buckets.bucket(key, () -> configuration(limit, window)).tryConsumeAndReturnRemaining(1);
            return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
        } catch (RuntimeException storeFailure) {
            log.warn("Rate limit store unavailable, letting the request pass: {}", storeFailure.toString());
            return new Decision(true, limit, limit, 0, 0);
        }
    }

    /** Looks without taking: whether a token is left. */
    Decision peek(String key, long limit, Duration window) {
        try {
            var bucket = buckets.bucket(key, () -> configuration(limit, window));
            var available = bucket.getAvailableTokens();
            var wait = available > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            return new Decision(available > 0, limit, available, 0, Math.max(1, seconds(wait)));
        } catch (RuntimeException storeFailure) {
            log.warn("Rate limit store unavailable, letting the request pass: {}", storeFailure.toString());
            return new Decision(true, limit, limit, 0, 0);
        }
    }

    /** Takes a token regardless of the outcome (used to count failures after the fact). */
    void take(String key, long limit, Duration window) {
        try {
            buckets.bucket(key, () -> configuration(limit, window)).tryConsume(1);
        } catch (RuntimeException storeFailure) {
            log.warn("Rate limit store unavailable, failure not counted: {}", storeFailure.toString());
        }
    }

    private static BucketConfiguration configuration(long limit, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
