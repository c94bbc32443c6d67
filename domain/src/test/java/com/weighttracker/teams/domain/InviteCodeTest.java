package com.weighttracker.teams.domain;

import static com.weighttracker.shared.Rejections.fieldsOf;
import static com.weighttracker.teams.domain.TeamsFixtures.NOW;
import static com.weighttracker.teams.domain.TeamsFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Unknown;
import com.weighttracker.teams.TeamRole;

class InviteCodeTest {

    private static final RandomGenerator RANDOM = new SecureRandom();

    private static InviteCode issue(Integer hours, Integer maxUses) {
        return InviteCode.issue(InviteCodeId.random(RANDOM), member(TeamRole.ADMIN), hours, maxUses, 0, NOW);
    }

    @Test
    void codesAreSixteenUnambiguousCharactersAndDoNotRepeat() {
        var seen = new HashSet<String>();
        for (var i = 0; i < 10_000; i++) {
            var code = InviteCodeId.random(RANDOM).value();
            assertThat(code).hasSize(16).matches("[A-HJ-NP-Z2-9]{16}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void typedCodesAreReadInAnyCaseWithDashesAndBlanks() {
        var code = InviteCodeId.random(RANDOM).value();
        var typed = " " + code.substring(0, 8).toLowerCase() + "-" + code.substring(8) + " ";
        assertThat(InviteCodeId.parse(typed)).contains(new InviteCodeId(code));
        assertThat(InviteCodeId.parse("not a code")).isEmpty();
        assertThat(InviteCodeId.parse("O0O0O0O0O0O0O0O0")).isEmpty();
        assertThat(InviteCodeId.parse(null)).isEmpty();
    }

    @Test
    void isValidForAWeekByDefaultAndAsLongAsChosenUpToThirtyDays() {
        assertThat(issue(null, null).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(issue(1, null).expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(issue(720, 1000).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(fieldsOf(() -> issue(0, 0))).containsExactly("validHours", "maxUses");
        assertThat(fieldsOf(() -> issue(721, 1001))).containsExactly("validHours", "maxUses");
    }

    @Test
    void expiresAtItsExpiry() {
        var code = issue(1, null);
        code.redeem(NOW.plus(Duration.ofMinutes(59)));
        assertThat(code.uses()).isEqualTo(1);
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> code.redeem(NOW.plus(Duration.ofHours(1))))
                .withMessageContaining("expired");
        assertThat(code.isActive(NOW.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void isUsedUpAfterItsMaximumUses() {
        var code = issue(null, 2);
        code.redeem(NOW);
        code.redeem(NOW);
        assertThat(code.isActive(NOW)).isFalse();
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> code.redeem(NOW))
                .withMessageContaining("used up");
        assertThat(code.uses()).isEqualTo(2);
    }

    @Test
    void aRevokedCodeNoLongerWorks() {
        var code = issue(null, null);
        code.revoke(member(TeamRole.OWNER), NOW);
        code.revoke(member(TeamRole.OWNER), NOW.plusSeconds(5));
        assertThat(code.revokedAt()).contains(NOW);
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> code.redeem(NOW))
                .withMessageContaining("revoked");
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = { "MODERATOR", "MEMBER" })
    void onlyOwnerAndAdminsIssueAndRevoke(TeamRole role) {
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(
                () -> InviteCode.issue(InviteCodeId.random(RANDOM), member(role), null, null, 0, NOW));
        var code = issue(null, null);
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> code.revoke(member(role), NOW));
    }

    @Test
    void aTeamHasAtMostTwentyActiveCodes() {
        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> InviteCode.issue(
                InviteCodeId.random(RANDOM), member(TeamRole.OWNER), null, null, 20, NOW));
    }
}
