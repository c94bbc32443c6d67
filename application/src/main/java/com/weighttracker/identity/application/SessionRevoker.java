package com.weighttracker.identity.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.weighttracker.identity.UserSessionsRevoked;
import com.weighttracker.identity.application.port.out.RefreshTokenRepository;
import com.weighttracker.identity.application.port.out.SessionRevocations;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;

/**
 * Ends every session of a user at once (logout everywhere, password change or reset, account
 * deletion): their refresh tokens are revoked, their access tokens issued before now are refused
 * (within seconds on every instance) and {@link UserSessionsRevoked} tells live connections to
 * close. Call it inside the transaction of the change; the "not before" is set even if that
 * transaction then fails, which only costs the user a new sign-in.
 */
public final class SessionRevoker {

    private final RefreshTokenRepository refreshTokens;
    private final SessionRevocations revocations;
    private final DomainEvents events;

    public SessionRevoker(RefreshTokenRepository refreshTokens, SessionRevocations revocations, DomainEvents events) {
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.events = events;
    }

    void revokeAllSessions(UserId userId, Instant now) {
        // Access tokens carry their issue time to the millisecond: a session started right after this
        // (a password change hands out a new pair at the same instant) must not count as before it.
        var notBefore = now.truncatedTo(ChronoUnit.MILLIS);
        refreshTokens.revokeAllOf(userId, now);
        revocations.revokeIssuedBefore(userId, notBefore);
        events.publish(new UserSessionsRevoked(userId, notBefore));
    }
}
