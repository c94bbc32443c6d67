package com.weighttracker.identity.domain;

import static com.weighttracker.identity.domain.OneTimeToken.Purpose.EMAIL_VERIFICATION;
import static com.weighttracker.identity.domain.OneTimeToken.Purpose.PASSWORD_RESET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.UserId;

class OneTimeTokenTest {

    private static final UserId USER = UserId.of("5f0c6a7e-2b1d-4c7e-9a53-1d2e3f4a5b6c");
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static OneTimeToken resetToken(Instant expiresAt, Instant usedAt) {
        return new OneTimeToken("digest", USER, PASSWORD_RESET, expiresAt, usedAt);
    }

    @Test
    void verificationTokensLive24Hours() {
        assertThat(EMAIL_VERIFICATION.lifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(OneTimeToken.issue(OpaqueToken.generate(), USER, EMAIL_VERIFICATION, NOW).expiresAt())
                .isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
    }

    @Test
    void resetTokensLiveOneHour() {
        assertThat(PASSWORD_RESET.lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(OneTimeToken.issue(OpaqueToken.generate(), USER, PASSWORD_RESET, NOW).expiresAt())
                .isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
    }

    @Test
    void anIssuedTokenIsStoredByDigestUnusedAndForItsUser() {
        var secret = OpaqueToken.generate();

        var token = OneTimeToken.issue(secret, USER, EMAIL_VERIFICATION, NOW);

        assertThat(token.getId()).isEqualTo(secret.digest()).isNotEqualTo(secret.value());
        assertThat(token.userId()).isEqualTo(USER);
        assertThat(token.purpose()).isEqualTo(EMAIL_VERIFICATION);
        assertThat(token.usedAt()).isNull();
    }

    @Test
    void aFreshTokenIsRedeemableForItsPurpose() {
        var token = OneTimeToken.issue(OpaqueToken.generate(), USER, PASSWORD_RESET, NOW);

        assertThat(token.isRedeemable(PASSWORD_RESET, NOW)).isTrue();
    }

    @Test
    void isRedeemableUntilTheLastMomentBeforeExpiry() {
        var token = resetToken(NOW.plus(Duration.ofHours(1)), null);

        assertThat(token.isRedeemable(PASSWORD_RESET, NOW.plus(Duration.ofHours(1)).minusNanos(1))).isTrue();
    }

    @Test
    void isNotRedeemableExactlyAtExpiry() {
        var expiresAt = NOW.plus(Duration.ofHours(1));

        assertThat(resetToken(expiresAt, null).isRedeemable(PASSWORD_RESET, expiresAt)).isFalse();
    }

    @Test
    void isNotRedeemableAfterExpiry() {
        var expiresAt = NOW.plus(Duration.ofHours(1));

        assertThat(resetToken(expiresAt, null).isRedeemable(PASSWORD_RESET, expiresAt.plusSeconds(1))).isFalse();
    }

    @Test
    void isNotRedeemableOnceUsed() {
        var token = resetToken(NOW.plus(Duration.ofHours(1)), NOW.plusSeconds(10));

        assertThat(token.isRedeemable(PASSWORD_RESET, NOW.plusSeconds(20))).isFalse();
    }

    @Test
    void isNotRedeemableForAnotherPurpose() {
        var verification = OneTimeToken.issue(OpaqueToken.generate(), USER, EMAIL_VERIFICATION, NOW);
        var reset = OneTimeToken.issue(OpaqueToken.generate(), USER, PASSWORD_RESET, NOW);

        assertThat(verification.isRedeemable(PASSWORD_RESET, NOW)).isFalse();
        assertThat(reset.isRedeemable(EMAIL_VERIFICATION, NOW)).isFalse();
    }
}
