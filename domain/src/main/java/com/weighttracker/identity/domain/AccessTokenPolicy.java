package com.weighttracker.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.identity.AccessTokenRejection;

/**
 * The rules a signed access token must meet to be believed (ADR 4): our issuer; a subject that is a
 * user id; {@code iat} and {@code exp} both present; issued no later than now (give or take the
 * tolerated clock skew between instances); living no longer than access tokens are issued for; not
 * yet expired (no skew: {@code exp} is checked against the application clock exactly). Tokens that
 * cannot live long are what makes a per-user revocation cheap: a "not before" older than one token
 * lifetime can be forgotten.
 */
public final class AccessTokenPolicy {

    private static final int UUID_LENGTH = 36;

    private final String issuer;
    private final Duration maximumLifetime;
    private final Duration clockSkew;

    public AccessTokenPolicy(String issuer, Duration maximumLifetime, Duration clockSkew) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.maximumLifetime = Objects.requireNonNull(maximumLifetime, "maximumLifetime");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** Empty when the token may be believed at {@code now}, else why not. */
    public Optional<AccessTokenRejection> judge(AccessTokenClaims claims, Instant now) {
        if (!issuer.equals(claims.issuer()) || !isUserId(claims.subject()) || claims.issuedAt() == null
                || claims.expiresAt() == null || claims.issuedAt().isAfter(now.plus(clockSkew))
                || !claims.expiresAt().isAfter(claims.issuedAt())
                || Duration.between(claims.issuedAt(), claims.expiresAt()).compareTo(maximumLifetime) > 0) {
            return Optional.of(AccessTokenRejection.INVALID);
        }
        if (now.isAfter(claims.expiresAt())) {
            return Optional.of(AccessTokenRejection.EXPIRED);
        }
        return Optional.empty();
    }

    /** Whether a token issued at {@code issuedAt} was ended by revoking every session issued before {@code notBefore}. */
    public static boolean isRevoked(Instant issuedAt, Instant notBefore) {
        return issuedAt.isBefore(notBefore);
    }

    /**
     * A UUID in its canonical 36-character form, checked character by character on every request
     * ({@code UUID.fromString} alone also takes "1-1-1-1-1").
     */
    private static boolean isUserId(String subject) {
        if (subject == null || subject.length() != UUID_LENGTH) {
            return false;
        }
        for (var i = 0; i < UUID_LENGTH; i++) {
            var c = subject.charAt(i);
            var hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
