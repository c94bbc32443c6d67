package com.weighttracker.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Entity;

import com.weighttracker.shared.UserId;

/**
 * One refresh token of a session. Each use yields a successor in the same family and consumes
 * this one; a consumed token presented again means it was stolen, so the whole family dies
 * (RFC 9700, section 4.14.2).
 */
public final class RefreshToken implements Entity<Account, String> {

    public static final Duration LIFETIME = Duration.ofDays(7);

    /** What presenting this token means. */
    public enum Verdict {
        /** Valid: consume it and issue the successor. */
        ROTATE,
        /** Already used: someone replays it; revoke the family. */
        REUSED,
        /** Expired or revoked. */
        DEAD
    }

    private final String digest;
    private final UserId userId;
    private final UUID familyId;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant consumedAt;
    private final Instant revokedAt;

    public RefreshToken(String digest, UserId userId, UUID familyId, Instant issuedAt, Instant expiresAt,
            Instant consumedAt, Instant revokedAt) {
        this.digest = Objects.requireNonNull(digest);
        this.userId = Objects.requireNonNull(userId);
        this.familyId = Objects.requireNonNull(familyId);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.consumedAt = consumedAt;
        this.revokedAt = revokedAt;
    }

    /** The first token of a new session (a new family). */
    public static RefreshToken startFamily(OpaqueToken token, UserId userId, UUID familyId, Instant now) {
        return new RefreshToken(token.digest(), userId, familyId, now, now.plus(LIFETIME), null, null);
    }

    public RefreshToken successor(OpaqueToken token, Instant now) {
        return new RefreshToken(token.digest(), userId, familyId, now, now.plus(LIFETIME), null, null);
    }

    public Verdict judge(Instant now) {
        if (revokedAt != null || !now.isBefore(expiresAt)) {
            return Verdict.DEAD;
        }
        return consumedAt != null ? Verdict.REUSED : Verdict.ROTATE;
    }

    @Override
    public String getId() {
        return digest;
    }

    public UserId userId() {
        return userId;
    }

    public UUID familyId() {
        return familyId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant consumedAt() {
        return consumedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
