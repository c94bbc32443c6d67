package com.weighttracker.identity.application.port.in;

import java.time.Instant;

/** An access token (JWT, short-lived) and the refresh token that renews it (opaque, single use). */
public record SessionTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
        Instant refreshTokenExpiresAt) {

    @Override
    public String toString() {
        return "SessionTokens[redacted]";
    }
}
