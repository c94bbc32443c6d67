package com.weighttracker.identity.adapter.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.weighttracker.identity.application.port.out.SessionRevocations;
import com.weighttracker.shared.UserId;

/**
 * Revocations shared by every instance through one Redis sorted set (member = user id, score = "not
 * before" in epoch milliseconds), read without a round trip per request: each instance answers from
 * its own copy ({@link InProcessSessionRevocations}) and pulls what other instances added every
 * {@code pullInterval} with one range query, however many requests it serves. A revocation therefore
 * holds at once on the instance that made it and within one interval on the others. Entries older
 * than one token lifetime are trimmed (nothing they could refuse is still valid). While Redis is
 * away, each instance keeps refusing what it knows and catches up when Redis is back.
 */
final class RedisSessionRevocations implements SessionRevocations, AutoCloseable {

    static final String KEY = "identity:sessions:not-before";
    /** Entries written by another instance whose clock is somewhat behind ours are read again, not missed. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(RedisSessionRevocations.class);

    private final InProcessSessionRevocations known;
    private final RScoredSortedSet<String> shared;
    private final Duration tokenLifetime;
    private final Clock clock;
    private final ScheduledExecutorService puller;
    private volatile Instant pulledUpTo;
    private volatile boolean unavailable;

    RedisSessionRevocations(RedissonClient redisson, Duration tokenLifetime, Duration pullInterval, Clock clock) {
        this.known = new InProcessSessionRevocations(tokenLifetime);
        this.shared = redisson.getScoredSortedSet(KEY, StringCodec.INSTANCE);
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
        this.pulledUpTo = clock.instant().minus(tokenLifetime);
        this.puller = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "session-revocations");
            thread.setDaemon(true);
            return thread;
        });
        puller.scheduleWithFixedDelay(this::pullQuietly, 0, pullInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void revokeIssuedBefore(UserId userId, Instant notBefore) {
        known.revokeIssuedBefore(userId, notBefore);
        try {
            shared.addIfGreater(notBefore.toEpochMilli(), userId.toString());
        } catch (RuntimeException redisAway) {
            log.warn("session revocation of one user kept on this instance only, Redis is unavailable: {}",
                    redisAway.getMessage());
        }
    }

    @Override
    public Optional<Instant> notBefore(UserId userId) {
        return known.notBefore(userId);
    }

    /** Reads what every instance revoked since the last pull, then forgets entries that can refuse nothing. */
    void pull() {
        var now = clock.instant();
        var from = (pulledUpTo.isBefore(now) ? pulledUpTo : now).minus(CLOCK_SKEW);
        for (var entry : shared.entryRange(from.toEpochMilli(), true, Double.POSITIVE_INFINITY, true)) {
            known.revokeIssuedBefore(UserId.of(entry.getValue()), Instant.ofEpochMilli(entry.getScore().longValue()));
        }
        shared.removeRangeByScore(Double.NEGATIVE_INFINITY, true, now.minus(tokenLifetime).toEpochMilli(), false);
        pulledUpTo = now;
    }

    private void pullQuietly() {
        try {
            pull();
            if (unavailable) {
                unavailable = false;
                log.info("session revocations are read from Redis again");
            }
        } catch (RuntimeException redisAway) {
            // a scheduled task that throws is never run again: keep pulling, say so once per outage
            if (!unavailable) {
                unavailable = true;
                log.warn("session revocations cannot be read from Redis, this instance knows only its own: {}",
                        redisAway.getMessage());
            }
        }
    }

    @Override
    public void close() {
        puller.shutdownNow();
    }
}
