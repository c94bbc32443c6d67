package com.weighttracker.identity.application.port.out;

import java.util.Optional;

import com.weighttracker.identity.domain.AccessTokenClaims;

/**
 * Reads a raw access token: its claims when it is well-formed and signed with our key by our one
 * algorithm, else empty. Judges nothing else (time, issuer, subject: {@code AccessTokenPolicy}).
 */
public interface AccessTokenDecoder {

    Optional<AccessTokenClaims> decode(String accessToken);
}
