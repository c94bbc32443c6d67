package com.weighttracker.identity;

/**
 * Identity's published check of an access token, the one every inbound adapter uses: the REST
 * filter chain for each request, the STOMP CONNECT frame for a WebSocket session. It checks the
 * signature, the claims (ADR 4) and whether the user's sessions were revoked since the token was
 * issued, without a network round trip in the common case.
 */
public interface AccessTokenAuthentication {

    /** The user the token authenticates, or why it is refused. Never throws for a bad token. */
    AccessTokenVerdict authenticate(String accessToken);
}
