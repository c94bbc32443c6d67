package com.weighttracker.identity.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class NimbusAccessTokenDecoderTest {

    private static final Instant ISSUED = Instant.parse("2026-05-01T07:00:00.250Z");
    private static final String USER = "0192f5d6-7a1b-7c3d-8e4f-123456789abc";

    private final AtomicInteger decoded = new AtomicInteger();

    @Test
    void checksATokenOnceAndRemembersItsClaims() {
        var decoder = new NimbusAccessTokenDecoder(counting(token -> jwt(token)), 100, Duration.ofMinutes(15));

        var first = decoder.decode("token-a");
        var again = decoder.decode("token-a");

        assertThat(again).isPresent().containsSame(first.orElseThrow());
        assertThat(decoded).hasValue(1);
        assertThat(decoder.decode("token-b")).isPresent();
        assertThat(decoded).hasValue(2);
    }

    @Test
    void checksEveryTimeWhenTheCacheIsOff() {
        var decoder = new NimbusAccessTokenDecoder(counting(token -> jwt(token)), 0, Duration.ofMinutes(15));

        decoder.decode("token-a");
        decoder.decode("token-a");

        assertThat(decoded).hasValue(2);
    }

    @Test
    void neverRemembersATokenTheDecoderRefused() {
        var decoder = new NimbusAccessTokenDecoder(counting(token -> {
            throw new BadJwtException("bad signature");
        }), 100, Duration.ofMinutes(15));

        assertThat(decoder.decode("forged")).isEmpty();
        assertThat(decoder.decode("forged")).isEmpty();
        assertThat(decoded).hasValue(2);
    }

    @Test
    void readsOurClaimsWithTheIssueTimeToTheMillisecond() throws Exception {
        var key = new RSAKeyGenerator(2048).generate();
        var token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().issuer("weight-tracker")
                .subject(USER).issueTime(Date.from(ISSUED)).expirationTime(Date.from(ISSUED.plusSeconds(900)))
                .claim("iat_ms", ISSUED.toEpochMilli()).claim("preferred_username", "someone")
                .claim("email_verified", true).build());
        token.sign(new RSASSASigner(key));

        var claims = new NimbusAccessTokenDecoder(key, 100, Duration.ofMinutes(15)).decode(token.serialize())
                .orElseThrow();

        assertThat(claims.issuer()).isEqualTo("weight-tracker");
        assertThat(claims.subject()).isEqualTo(USER);
        assertThat(claims.issuedAt()).isEqualTo(ISSUED);
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2026-05-01T07:15:00Z"));
        assertThat(claims.username()).isEqualTo("someone");
        assertThat(claims.emailVerified()).isTrue();
    }

    @Test
    void trustsTheMillisecondsOnlyWhenTheyAgreeWithTheStandardIssueTime() throws Exception {
        var key = new RSAKeyGenerator(2048).generate();
        var token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().issuer("weight-tracker")
                .subject(USER).issueTime(Date.from(ISSUED)).expirationTime(Date.from(ISSUED.plusSeconds(900)))
                .claim("iat_ms", ISSUED.plusSeconds(60).toEpochMilli()).build());
        token.sign(new RSASSASigner(key));

        var claims = new NimbusAccessTokenDecoder(key, 100, Duration.ofMinutes(15)).decode(token.serialize())
                .orElseThrow();

        assertThat(claims.issuedAt()).isEqualTo(Instant.parse("2026-05-01T07:00:00Z"));
    }

    @Test
    void refusesATokenSignedWithAnotherKeyOrNotAToken() throws Exception {
        var ours = new RSAKeyGenerator(2048).generate();
        var theirs = new RSAKeyGenerator(2048).generate();
        var token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().subject(USER).build());
        token.sign(new RSASSASigner(theirs));
        var decoder = new NimbusAccessTokenDecoder(ours, 100, Duration.ofMinutes(15));

        assertThat(decoder.decode(token.serialize())).isEmpty();
        assertThat(decoder.decode("not.a.token")).isEmpty();
        assertThat(decoder.decode("")).isEmpty();
    }

    private JwtDecoder counting(JwtDecoder decoder) {
        return token -> {
            decoded.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private static Jwt jwt(String token) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(USER).issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofMinutes(15))).build();
    }
}
