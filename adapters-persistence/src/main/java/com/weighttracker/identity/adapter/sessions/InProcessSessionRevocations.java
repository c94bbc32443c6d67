package com.weighttracker.identity.adapter.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weighttracker.identity.application.port.out.SessionRevocations;
import com.weighttracker.shared.UserId;

/**
 * Revocations in this JVM: a map lookup per request. Each entry is kept one token lifetime after it
 * was written (every token it could refuse has expired by then), and never evicted for size: losing
 * one would let a revoked token back in.
 */
final class InProcessSessionRevocations implements SessionRevocations {

    private final Cache<UserId, Instant> notBefore;

    InProcessSessionRevocations(Duration tokenLifetime) {
        this.notBefore = Caffeine.newBuilder().expireAfterWrite(tokenLifetime).build();
    }

    @Override
    public void revokeIssuedBefore(UserId userId, Instant instant) {
        notBefore.asMap().merge(userId, instant, (known, given) -> given.isAfter(known) ? given : known);
    }

    @Override
    public Optional<Instant> notBefore(UserId userId) {
        return Optional.ofNullable(notBefore.getIfPresent(userId));
    }
}
