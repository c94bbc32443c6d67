package com.weighttracker.platform.adapter.messaging;

import java.security.Principal;

/**
 * The access-token check of a STOMP CONNECT: the one REST uses ({@code platform.security.AccessTokenAuthenticator},
 * adapted in the platform's configuration, since this jar does not see the REST adapter's). The
 * principal's name is the user id.
 */
@FunctionalInterface
public interface StompTokenCheck {

    /** @throws RuntimeException with a message for the client when the token is refused */
    Principal caller(String accessToken);
}
