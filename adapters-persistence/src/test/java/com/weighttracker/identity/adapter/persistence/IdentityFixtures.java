package com.weighttracker.identity.adapter.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.PasswordHash;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.identity.domain.RefreshToken;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.shared.UserId;

/** Fixed instants (microsecond precision, as timestamptz stores) and small builders for the tests. */
final class IdentityFixtures {

    /** Has all six fractional digits PostgreSQL keeps, so a lost microsecond shows. */
    static final Instant T0 = Instant.parse("2026-11-25T09:15:30.123456Z");

    static final PasswordHash CURRENT_HASH = new PasswordHash(
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy");
    static final PasswordHash PREVIOUS_HASH = new PasswordHash(
            "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z8VvM9ZC1IGpJuJxNpgLUmDq");
    static final PasswordHash OLDEST_HASH = new PasswordHash(
            "$2a$10$e0MYzXyjpJS7Pd0RVvHwHeFX4Vd6ZRXEIyEmGBmKFbFHCzLg8ytLq");

    private IdentityFixtures() {
    }

    /** T0 plus some microseconds. */
    static Instant at(long microsAfterT0) {
        return T0.plusNanos(microsAfterT0 * 1_000);
    }

    static UserId newUserId() {
        return new UserId(UUID.randomUUID());
    }

    /** A freshly registered account (version 0, nothing optional set). */
    static Account registered(String email, String username) {
        return Account.register(newUserId(), new EmailAddress(email), new Username(username), CURRENT_HASH,
                ZoneId.of("Europe/Berlin"), T0);
    }

    /** A stored account whose deletion was requested at {@code requestedAt}. */
    static Account deletionRequested(String username, Instant requestedAt) {
        return Account.restore(newUserId(), new EmailAddress(username + "@example.com"), new Username(username),
                List.of(CURRENT_HASH), T0, null, requestedAt, 0);
    }

    static Profile defaultProfile(UserId userId) {
        return Profile.createFor(userId, ZoneId.of("Europe/Berlin"));
    }

    static String digest(String secret) {
        return OpaqueToken.digestOf(secret);
    }

    static RefreshToken refreshToken(String secret, UserId userId, UUID familyId, Instant issuedAt) {
        return new RefreshToken(digest(secret), userId, familyId, issuedAt, issuedAt.plus(RefreshToken.LIFETIME),
                null, null);
    }

    static OneTimeToken oneTimeToken(String secret, UserId userId, OneTimeToken.Purpose purpose, Instant issuedAt) {
        return new OneTimeToken(digest(secret), userId, purpose, issuedAt.plus(purpose.lifetime()), null);
    }
}
