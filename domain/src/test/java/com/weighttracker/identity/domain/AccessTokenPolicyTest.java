package com.weighttracker.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.weighttracker.identity.AccessTokenRejection;

class AccessTokenPolicyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T07:00:00Z");
    private static final String USER = "0192f5d6-7a1b-7c3d-8e4f-123456789abc";
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final AccessTokenPolicy policy = new AccessTokenPolicy("weight-tracker", LIFETIME, Duration.ofSeconds(5));

    @Test
    void acceptsOurTokenUntilTheMomentItExpires() {
        var token = issuedAt(NOW, NOW.plus(LIFETIME));

        assertThat(policy.judge(token, NOW)).isEmpty();
        assertThat(policy.judge(token, NOW.plus(LIFETIME))).isEmpty();
        assertThat(policy.judge(token, NOW.plus(LIFETIME).plusMillis(1))).contains(AccessTokenRejection.EXPIRED);
    }

    @Test
    void refusesATokenWithoutExpiryOrIssueTime() {
        assertThat(policy.judge(claims("weight-tracker", USER, NOW, null), NOW)).contains(AccessTokenRejection.INVALID);
        assertThat(policy.judge(claims("weight-tracker", USER, null, NOW.plus(LIFETIME)), NOW))
                .contains(AccessTokenRejection.INVALID);
    }

    @Test
    void refusesATokenIssuedInTheFutureBeyondTheClockSkew() {
        assertThat(policy.judge(issuedAt(NOW.plusSeconds(5), NOW.plusSeconds(65)), NOW)).isEmpty();
        assertThat(policy.judge(issuedAt(NOW.plusSeconds(6), NOW.plusSeconds(66)), NOW))
                .contains(AccessTokenRejection.INVALID);
        assertThat(policy.judge(issuedAt(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(LIFETIME)),
                NOW)).contains(AccessTokenRejection.INVALID);
    }

    @Test
    void refusesATokenThatWouldLiveLongerThanWeIssueThem() {
        assertThat(policy.judge(issuedAt(NOW, NOW.plus(LIFETIME).plusSeconds(1)), NOW))
                .contains(AccessTokenRejection.INVALID);
        assertThat(policy.judge(issuedAt(NOW, NOW.plus(Duration.ofDays(3650))), NOW))
                .contains(AccessTokenRejection.INVALID);
    }

    @Test
    void refusesATokenThatExpiresBeforeItWasIssued() {
        assertThat(policy.judge(issuedAt(NOW, NOW), NOW)).contains(AccessTokenRejection.INVALID);
        assertThat(policy.judge(issuedAt(NOW, NOW.minusSeconds(1)), NOW)).contains(AccessTokenRejection.INVALID);
    }

    @Test
    void refusesAnotherIssuer() {
        assertThat(policy.judge(claims("someone-else", USER, NOW, NOW.plus(LIFETIME)), NOW))
                .contains(AccessTokenRejection.INVALID);
        assertThat(policy.judge(claims(null, USER, NOW, NOW.plus(LIFETIME)), NOW))
                .contains(AccessTokenRejection.INVALID);
    }

    @Test
    void refusesASubjectThatIsNotAUserId() {
        for (var subject : new String[] { null, "", "admin", "1-1-1-1-1", USER + "0", " " + USER.substring(1),
                "0192f5d6-7a1b-7c3d-8e4f-12345678zzzz", "0192f5d6-7a1b-7c3d-8e4f-12345678\u0661abc",
                "0192f5d6x7a1b-7c3d-8e4f-123456789abc" }) {
            assertThat(policy.judge(claims("weight-tracker", subject, NOW, NOW.plus(LIFETIME)), NOW)).as(subject)
                    .contains(AccessTokenRejection.INVALID);
        }
        assertThat(policy.judge(claims("weight-tracker", USER.toUpperCase(), NOW, NOW.plus(LIFETIME)), NOW)).isEmpty();
    }

    @Test
    void aRevocationEndsTokensIssuedBeforeItOnly() {
        var revokedAt = NOW.plusMillis(700);

        assertThat(AccessTokenPolicy.isRevoked(NOW.plusMillis(699), revokedAt)).isTrue();
        assertThat(AccessTokenPolicy.isRevoked(revokedAt, revokedAt)).as("a session started by the revocation itself")
                .isFalse();
        assertThat(AccessTokenPolicy.isRevoked(NOW.plusMillis(701), revokedAt)).isFalse();
    }

    private static AccessTokenClaims issuedAt(Instant issuedAt, Instant expiresAt) {
        return claims("weight-tracker", USER, issuedAt, expiresAt);
    }

    private static AccessTokenClaims claims(String issuer, String subject, Instant issuedAt, Instant expiresAt) {
        return new AccessTokenClaims(issuer, subject, issuedAt, expiresAt, "someone", true);
    }
}
