package com.weighttracker.identity.application;

import java.time.Instant;

import com.weighttracker.identity.application.port.in.SessionTokens;
import com.weighttracker.identity.application.port.out.AccessTokenIssuer;
import com.weighttracker.identity.application.port.out.RefreshTokenRepository;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.RefreshToken;
import com.weighttracker.shared.application.IdGenerator;

/** Mints the token pair of a session: a signed access token and a stored refresh token. */
public final class SessionIssuer {

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final IdGenerator ids;

    public SessionIssuer(AccessTokenIssuer accessTokens, RefreshTokenRepository refreshTokens, IdGenerator ids) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.ids = ids;
    }

    /** A new session (a new refresh-token family). */
    SessionTokens start(Account account, Instant now) {
        var secret = OpaqueToken.generate();
        return pair(account, secret, RefreshToken.startFamily(secret, account.getId(), ids.next(), now), now);
    }

    /** The next pair of an existing session. */
    SessionTokens continueAfter(RefreshToken previous, Account account, Instant now) {
        var secret = OpaqueToken.generate();
        return pair(account, secret, previous.successor(secret, now), now);
    }

    private SessionTokens pair(Account account, OpaqueToken secret, RefreshToken refreshToken, Instant now) {
        refreshTokens.add(refreshToken);
        var access = accessTokens.issueFor(account, now);
        return new SessionTokens(access.value(), access.expiresAt(), secret.value(), refreshToken.expiresAt());
    }
}
