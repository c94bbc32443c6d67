package com.weighttracker.identity.adapter.security;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.application.port.out.AccessTokenIssuer;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.platform.security.AccessTokenClaimNames;
import com.weighttracker.platform.security.JwtProperties;

/**
 * Signs RS256 access tokens: subject = user id, plus username, e-mail verification state and the issue
 * time to the millisecond (compared with the user's "not before" when their sessions are revoked).
 */
@Component
class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private final JwtEncoder encoder;
    private final JwtProperties properties;

    JwtAccessTokenIssuer(JwtEncoder encoder, JwtProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public AccessToken issueFor(Account account, Instant now) {
        var expiresAt = now.plus(properties.accessTokenLifetime());
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(account.getId().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(AccessTokenClaimNames.ISSUED_AT_MILLIS, now.toEpochMilli())
                .claim(AccessTokenClaimNames.USERNAME, account.username().value())
                .claim(AccessTokenClaimNames.EMAIL_VERIFIED, account.isEmailVerified())
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims));
        return new AccessToken(token.getTokenValue(), expiresAt);
    }
}
