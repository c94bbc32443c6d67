package com.weighttracker.identity.adapter.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.weighttracker.identity.application.port.out.AccessTokenDecoder;
import com.weighttracker.identity.domain.AccessTokenClaims;
import com.weighttracker.platform.security.AccessTokenClaimNames;

/**
 * Reads access tokens with Spring Security's Nimbus decoder: only RS256 with our public key is
 * accepted (so {@code alg:none}, HMAC-with-the-public-key and foreign keys fail). Time, issuer and
 * subject are judged by identity's {@code AccessTokenPolicy}, not here.
 * <p>
 * Parsing, Base64 and the RSA signature check are the largest cost of an authenticated read, so the
 * claims of tokens whose signature was checked are remembered (bounded, no longer than a token
 * lives; docs/performance.md). Only the exact token string hits, and only tokens the decoder
 * accepted are kept; the policy judges the remembered claims again on every use, so an expired or
 * revoked token is refused exactly as before.
 */
final class NimbusAccessTokenDecoder implements AccessTokenDecoder {

    private final JwtDecoder decoder;
    private final Cache<String, AccessTokenClaims> verified;

    /** @param cacheSize how many verified tokens to remember; 0 checks every token every time */
    NimbusAccessTokenDecoder(RSAKey key, int cacheSize, Duration tokenLifetime) {
        this(nimbus(key), cacheSize, tokenLifetime);
    }

    NimbusAccessTokenDecoder(JwtDecoder decoder, int cacheSize, Duration tokenLifetime) {
        this.decoder = decoder;
        this.verified = cacheSize > 0
                ? Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(tokenLifetime).build()
                : null;
    }

    @Override
    public Optional<AccessTokenClaims> decode(String accessToken) {
        var remembered = verified == null ? null : verified.getIfPresent(accessToken);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        AccessTokenClaims claims;
        try {
            claims = claimsOf(decoder.decode(accessToken));
        } catch (RuntimeException unreadable) {
            // a bad signature, a malformed token or a claim of the wrong type: all the same to the caller
            return Optional.empty();
        }
        if (verified != null) {
            verified.put(accessToken, claims);
        }
        return Optional.of(claims);
    }

    private static AccessTokenClaims claimsOf(Jwt jwt) {
        return new AccessTokenClaims(jwt.getClaimAsString(JwtClaimNames.ISS), jwt.getSubject(), issuedAt(jwt),
                jwt.getExpiresAt(), jwt.getClaimAsString(AccessTokenClaimNames.USERNAME),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(AccessTokenClaimNames.EMAIL_VERIFIED)));
    }

    /** {@code iat}, to the millisecond when {@code iat_ms} agrees with it (tokens we issue carry both). */
    private static Instant issuedAt(Jwt jwt) {
        var seconds = jwt.getIssuedAt();
        if (seconds != null && jwt.getClaim(AccessTokenClaimNames.ISSUED_AT_MILLIS) instanceof Number millis) {
            var exact = Instant.ofEpochMilli(millis.longValue());
            if (exact.getEpochSecond() == seconds.getEpochSecond()) {
                return exact;
            }
        }
        return seconds;
    }

    private static JwtDecoder nimbus(RSAKey key) {
        try {
            var decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey())
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
            // every claim is judged by AccessTokenPolicy against the application clock
            decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException("the access-token key has no RSA public key", e);
        }
    }
}
