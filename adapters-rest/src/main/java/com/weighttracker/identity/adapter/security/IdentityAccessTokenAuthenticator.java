package com.weighttracker.identity.adapter.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import com.weighttracker.identity.AccessTokenAuthentication;
import com.weighttracker.identity.AccessTokenVerdict;
import com.weighttracker.platform.security.AccessTokenAuthenticator;
import com.weighttracker.platform.security.CallerAuthentication;

/** The REST filter chain's access-token check: identity's published one, in Spring Security's terms. */
final class IdentityAccessTokenAuthenticator implements AccessTokenAuthenticator {

    private final AccessTokenAuthentication authentication;

    IdentityAccessTokenAuthenticator(AccessTokenAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public CallerAuthentication authenticate(String accessToken) {
        var verdict = authentication.authenticate(accessToken);
        if (verdict instanceof AccessTokenVerdict.Authenticated accepted) {
            var user = accepted.user();
            return new CallerAuthentication(user.userId(), user.username(), user.emailVerified());
        }
        throw new InvalidBearerTokenException(((AccessTokenVerdict.Rejected) verdict).reason().message());
    }
}
