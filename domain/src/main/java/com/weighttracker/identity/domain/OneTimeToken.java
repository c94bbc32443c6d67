package com.weighttracker.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.Entity;

import com.weighttracker.shared.UserId;

/** A single-use secret sent by e-mail: to verify an address or to reset a password. */
public final class OneTimeToken implements Entity<Account, String> {

    public enum Purpose {
        EMAIL_VERIFICATION(Duration.ofHours(24)),
        PASSWORD_RESET(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    private final String digest;
    private final UserId userId;
    private final Purpose purpose;
    private final Instant expiresAt;
    private final Instant usedAt;

    public OneTimeToken(String digest, UserId userId, Purpose purpose, Instant expiresAt, Instant usedAt) {
        this.digest = Objects.requireNonNull(digest);
        this.userId = Objects.requireNonNull(userId);
        this.purpose = Objects.requireNonNull(purpose);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.usedAt = usedAt;
    }

    public static OneTimeToken issue(OpaqueToken token, UserId userId, Purpose purpose, Instant now) {
        return new OneTimeToken(token.digest(), userId, purpose, now.plus(purpose.lifetime()), null);
    }

    /** Whether it may still be redeemed for {@code expected} at {@code now}. */
    public boolean isRedeemable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String getId() {
        return digest;
    }

    public UserId userId() {
        return userId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
