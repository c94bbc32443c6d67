package com.weighttracker.platform.adapter.security;

import java.time.Duration;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the access tokens whose signature has been checked, so a client's next requests with
 * the same token skip parsing, Base64 and the RSA signature check — the largest cost of an
 * authenticated read (docs/performance.md). Only the exact token string hits, and only tokens the
 * real decoder accepted are kept; issuer and expiry are validated again on every use against the
 * application clock, so an expired token is refused exactly as before. Bounded in size and kept no
 * longer than a token lives.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, int maximumSize, Duration lifetime) {
        this.decoder = decoder;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(lifetime).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var jwt = verified.getIfPresent(token);
        if (jwt == null) {
            jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        var result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.invalidate(token);
            var description = result.getErrors().stream().map(OAuth2Error::getDescription)
                    .collect(Collectors.joining("; "));
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    result.getErrors());
        }
        return jwt;
    }
}
