package com.weighttracker.teams.domain;

import static com.weighttracker.shared.Rejections.fieldsOf;
import static com.weighttracker.teams.domain.TeamsFixtures.NOW;
import static com.weighttracker.teams.domain.TeamsFixtures.TEAM;
import static com.weighttracker.teams.domain.TeamsFixtures.member;
import static com.weighttracker.teams.domain.TeamsFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.teams.TeamRole;

class JoinRequestTest {

    private static JoinRequest pending() {
        return JoinRequest.submit(new JoinRequestId(UUID.randomUUID()), TEAM, user(), "  let me in  ", NOW);
    }

    @Test
    void aNewRequestIsPendingWithItsMessage() {
        var request = pending();
        assertThat(request.status()).isEqualTo(JoinRequest.Status.PENDING);
        assertThat(request.message()).contains("let me in");
        assertThat(fieldsOf(() -> JoinRequest.submit(new JoinRequestId(UUID.randomUUID()), TEAM, user(),
                "x".repeat(501), NOW))).containsExactly("message");
    }

    @Test
    void isDecidedOnceByOwnerOrAdmin() {
        var approved = pending();
        var admin = member(TeamRole.ADMIN);
        approved.approve(admin, NOW.plusSeconds(1));
        assertThat(approved.status()).isEqualTo(JoinRequest.Status.APPROVED);
        assertThat(approved.decidedBy()).contains(admin.userId());
        assertThat(approved.decidedAt()).contains(NOW.plusSeconds(1));
        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> approved.reject(admin, NOW));

        var rejected = pending();
        rejected.reject(member(TeamRole.OWNER), NOW);
        assertThat(rejected.status()).isEqualTo(JoinRequest.Status.REJECTED);
        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> rejected.approve(admin, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = { "MODERATOR", "MEMBER" })
    void othersCannotDecide(TeamRole role) {
        var request = pending();
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> request.approve(member(role), NOW));
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> request.reject(member(role), NOW));
        assertThat(request.status()).isEqualTo(JoinRequest.Status.PENDING);
    }

    @Test
    void isWithdrawnOnlyByItsRequesterWhilePending() {
        var request = pending();
        assertThatIllegalArgumentException().isThrownBy(() -> request.withdraw(user(), NOW));

        request.withdraw(request.userId(), NOW.plusSeconds(2));

        assertThat(request.status()).isEqualTo(JoinRequest.Status.WITHDRAWN);
        assertThat(request.decidedBy()).contains(request.userId());
        assertThat(request.decidedAt()).contains(NOW.plusSeconds(2));
        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> request.withdraw(request.userId(), NOW));
        assertThatExceptionOfType(InConflict.class)
                .isThrownBy(() -> request.approve(member(TeamRole.OWNER), NOW));

        var approved = pending();
        approved.approve(member(TeamRole.ADMIN), NOW);
        assertThatExceptionOfType(InConflict.class)
                .isThrownBy(() -> approved.withdraw(approved.userId(), NOW))
                .withMessageContaining("approved");
    }
}
