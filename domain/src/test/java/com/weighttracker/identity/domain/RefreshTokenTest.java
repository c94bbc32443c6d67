package com.weighttracker.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.identity.domain.RefreshToken.Verdict;
import com.weighttracker.shared.UserId;

class RefreshTokenTest {

    private static final UserId USER = UserId.of("5f0c6a7e-2b1d-4c7e-9a53-1d2e3f4a5b6c");
    private static final UUID FAMILY = UUID.fromString("9d3c1b2a-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
    private static final Instant ISSUED = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-01-08T10:00:00Z");
    private static final Instant DURING = ISSUED.plus(Duration.ofHours(1));

    private static RefreshToken token(Instant consumedAt, Instant revokedAt) {
        return new RefreshToken("digest", USER, FAMILY, ISSUED, EXPIRES, consumedAt, revokedAt);
    }

    @Test
    void lifetimeIsSevenDays() {
        assertThat(RefreshToken.LIFETIME).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aFreshTokenIsRotated() {
        assertThat(token(null, null).judge(DURING)).isEqualTo(Verdict.ROTATE);
    }

    @Test
    void aFreshTokenIsRotatedUntilTheLastMomentBeforeExpiry() {
        assertThat(token(null, null).judge(EXPIRES.minusNanos(1))).isEqualTo(Verdict.ROTATE);
    }

    @Test
    void aConsumedTokenPresentedAgainIsReused() {
        assertThat(token(DURING, null).judge(DURING.plusSeconds(5))).isEqualTo(Verdict.REUSED);
    }

    @Test
    void aRevokedTokenIsDead() {
        assertThat(token(null, DURING).judge(DURING.plusSeconds(5))).isEqualTo(Verdict.DEAD);
    }

    @Test
    void aConsumedAndRevokedTokenIsDead() {
        assertThat(token(DURING, DURING).judge(DURING.plusSeconds(5))).isEqualTo(Verdict.DEAD);
    }

    @Test
    void aTokenIsDeadExactlyAtExpiry() {
        assertThat(token(null, null).judge(EXPIRES)).isEqualTo(Verdict.DEAD);
    }

    @Test
    void aTokenIsDeadAfterExpiry() {
        assertThat(token(null, null).judge(EXPIRES.plusSeconds(1))).isEqualTo(Verdict.DEAD);
    }

    @Test
    void startingAFamilyIssuesATokenStoredByDigestThatLivesSevenDays() {
        var secret = OpaqueToken.generate();

        var first = RefreshToken.startFamily(secret, USER, FAMILY, ISSUED);

        assertThat(first.getId()).isEqualTo(secret.digest()).isNotEqualTo(secret.value());
        assertThat(first.userId()).isEqualTo(USER);
        assertThat(first.familyId()).isEqualTo(FAMILY);
        assertThat(first.issuedAt()).isEqualTo(ISSUED);
        assertThat(first.expiresAt()).isEqualTo(EXPIRES);
        assertThat(first.consumedAt()).isNull();
        assertThat(first.revokedAt()).isNull();
        assertThat(first.judge(ISSUED)).isEqualTo(Verdict.ROTATE);
    }

    @Test
    void successorKeepsTheFamilyAndUserAndLivesSevenDaysFromNow() {
        var current = token(null, null);
        var secret = OpaqueToken.generate();
        var rotatedAt = Instant.parse("2026-01-05T12:30:00Z");

        var successor = current.successor(secret, rotatedAt);

        assertThat(successor.familyId()).isEqualTo(FAMILY);
        assertThat(successor.userId()).isEqualTo(USER);
        assertThat(successor.getId()).isEqualTo(secret.digest());
        assertThat(successor.issuedAt()).isEqualTo(rotatedAt);
        assertThat(successor.expiresAt()).isEqualTo(Instant.parse("2026-01-12T12:30:00Z"));
        assertThat(successor.consumedAt()).isNull();
        assertThat(successor.revokedAt()).isNull();
        assertThat(successor.judge(EXPIRES)).isEqualTo(Verdict.ROTATE);
    }
}
