package com.weighttracker.identity.application;

import java.time.Clock;

import com.weighttracker.identity.AccessTokenAuthentication;
import com.weighttracker.identity.AccessTokenRejection;
import com.weighttracker.identity.AccessTokenVerdict;
import com.weighttracker.identity.AuthenticatedUser;
import com.weighttracker.identity.application.port.out.AccessTokenDecoder;
import com.weighttracker.identity.application.port.out.SessionRevocations;
import com.weighttracker.identity.domain.AccessTokenPolicy;
import com.weighttracker.shared.UserId;

/**
 * Checks an access token for any inbound adapter: signature (decoder), claims (policy), then the
 * user's "not before" (revocations). Runs on every authenticated request: no storage is read here
 * beyond what the two ports keep in memory.
 */
public final class AccessTokenAuthenticationService implements AccessTokenAuthentication {

    private final AccessTokenDecoder decoder;
    private final AccessTokenPolicy policy;
    private final SessionRevocations revocations;
    private final Clock clock;

    public AccessTokenAuthenticationService(AccessTokenDecoder decoder, AccessTokenPolicy policy,
            SessionRevocations revocations, Clock clock) {
        this.decoder = decoder;
        this.policy = policy;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Override
    public AccessTokenVerdict authenticate(String accessToken) {
        if (accessToken == null || accessToken.isEmpty()) {
            return new AccessTokenVerdict.Rejected(AccessTokenRejection.INVALID);
        }
        var decoded = decoder.decode(accessToken);
        if (decoded.isEmpty()) {
            return new AccessTokenVerdict.Rejected(AccessTokenRejection.INVALID);
        }
        var claims = decoded.get();
        var rejection = policy.judge(claims, clock.instant());
        if (rejection.isPresent()) {
            return new AccessTokenVerdict.Rejected(rejection.get());
        }
        var userId = UserId.of(claims.subject());
        var notBefore = revocations.notBefore(userId);
        if (notBefore.isPresent() && AccessTokenPolicy.isRevoked(claims.issuedAt(), notBefore.get())) {
            return new AccessTokenVerdict.Rejected(AccessTokenRejection.REVOKED);
        }
        return new AccessTokenVerdict.Authenticated(
                new AuthenticatedUser(userId, claims.username(), claims.emailVerified(), claims.expiresAt()));
    }
}
