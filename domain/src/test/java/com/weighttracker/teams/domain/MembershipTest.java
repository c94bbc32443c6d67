package com.weighttracker.teams.domain;

import static com.weighttracker.teams.domain.TeamsFixtures.NOW;
import static com.weighttracker.teams.domain.TeamsFixtures.TEAM;
import static com.weighttracker.teams.domain.TeamsFixtures.member;
import static com.weighttracker.teams.domain.TeamsFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.teams.MemberJoinedTeam;
import com.weighttracker.teams.MemberLeftTeam;
import com.weighttracker.teams.MemberRoleChanged;
import com.weighttracker.teams.TeamRole;

class MembershipTest {

    @Test
    void aNewMemberIsAMemberAndIsAnnounced() {
        var user = user();
        var membership = Membership.join(TEAM, user, NOW);
        assertThat(membership.role()).isEqualTo(TeamRole.MEMBER);
        assertThat(membership.drainEvents()).containsExactly(new MemberJoinedTeam(TEAM.value(), user, TeamRole.MEMBER));
    }

    @Test
    void theFounderOwnsTheTeamWithoutAJoinEvent() {
        var founder = Membership.founder(TEAM, user(), NOW);
        assertThat(founder.role()).isEqualTo(TeamRole.OWNER);
        assertThat(founder.drainEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = { "ADMIN", "MODERATOR", "MEMBER" })
    void everyoneButTheOwnerLeaves(TeamRole role) {
        var membership = member(role);
        membership.leave();
        assertThat(membership.drainEvents()).containsExactly(
                new MemberLeftTeam(TEAM.value(), membership.userId(), MemberLeftTeam.Reason.LEFT));
    }

    @Test
    void theOwnerCannotLeave() {
        var owner = member(TeamRole.OWNER);
        assertThatExceptionOfType(InConflict.class).isThrownBy(owner::leave)
                .satisfies(e -> assertThat(e.code()).isEqualTo("OWNER_CANNOT_LEAVE"));
        assertThat(owner.drainEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0} removes {1}: {2}")
    @CsvSource({
            "OWNER, ADMIN, true", "OWNER, MODERATOR, true", "OWNER, MEMBER, true", "OWNER, OWNER, false",
            "ADMIN, OWNER, false", "ADMIN, ADMIN, false", "ADMIN, MODERATOR, true", "ADMIN, MEMBER, true",
            "MODERATOR, MEMBER, false", "MODERATOR, MODERATOR, false", "MEMBER, MEMBER, false" })
    void removingNeedsTheRightAndAHigherRole(TeamRole actor, TeamRole target, boolean allowed) {
        var remover = member(actor);
        var removed = member(target);
        if (allowed) {
            removed.removeBy(remover);
            assertThat(removed.drainEvents()).containsExactly(
                    new MemberLeftTeam(TEAM.value(), removed.userId(), MemberLeftTeam.Reason.REMOVED));
        } else {
            assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> removed.removeBy(remover));
            assertThat(removed.drainEvents()).isEmpty();
        }
    }

    @Test
    void nobodyRemovesThemselves() {
        var admin = member(TeamRole.ADMIN);
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> admin.removeBy(admin));
    }

    @ParameterizedTest(name = "{0} makes {1} {2}: {3}")
    @CsvSource({
            "OWNER, MEMBER, ADMIN, ok", "OWNER, ADMIN, MEMBER, ok", "OWNER, MODERATOR, ADMIN, ok",
            "ADMIN, MEMBER, MODERATOR, ok", "ADMIN, MODERATOR, MEMBER, ok",
            "ADMIN, MEMBER, ADMIN, forbidden", "ADMIN, ADMIN, MEMBER, forbidden",
            "MODERATOR, MEMBER, MODERATOR, forbidden", "MEMBER, MEMBER, MODERATOR, forbidden",
            "OWNER, MEMBER, OWNER, invalid", "ADMIN, MEMBER, OWNER, invalid",
            "OWNER, OWNER, ADMIN, last-owner", "ADMIN, OWNER, MEMBER, forbidden", "MODERATOR, OWNER, MEMBER, forbidden" })
    void changingARoleNeedsTheRightAHigherRoleAndGivesOnlyLowerRoles(TeamRole actor, TeamRole target, TeamRole to,
            String outcome) {
        var changer = member(actor);
        var changed = target == TeamRole.OWNER && actor == TeamRole.OWNER ? changer : member(target);
        switch (outcome) {
            case "ok" -> {
                changed.changeRoleBy(changer, to);
                assertThat(changed.role()).isEqualTo(to);
                assertThat(changed.drainEvents()).containsExactly(
                        new MemberRoleChanged(TEAM.value(), changed.userId(), target, to));
            }
            case "forbidden" -> assertThatExceptionOfType(NotPermitted.class)
                    .isThrownBy(() -> changed.changeRoleBy(changer, to));
            case "invalid" -> assertThatExceptionOfType(InvalidInput.class)
                    .isThrownBy(() -> changed.changeRoleBy(changer, to));
            case "last-owner" -> assertThatExceptionOfType(InConflict.class)
                    .isThrownBy(() -> changed.changeRoleBy(changer, to))
                    .satisfies(e -> assertThat(e.code()).isEqualTo("LAST_OWNER"));
            default -> throw new IllegalArgumentException(outcome);
        }
        if (!outcome.equals("ok")) {
            assertThat(changed.role()).isEqualTo(target);
            assertThat(changed.drainEvents()).isEmpty();
        }
    }

    @Test
    void givingTheSameRoleChangesNothing() {
        var member = member(TeamRole.MEMBER);
        member.changeRoleBy(member(TeamRole.OWNER), TeamRole.MEMBER);
        assertThat(member.drainEvents()).isEmpty();
    }

    @Test
    void transferringOwnershipSwapsOwnerAndAdminWithAnEventEach() {
        var owner = member(TeamRole.OWNER);
        var successor = member(TeamRole.MODERATOR);
        owner.transferOwnershipTo(successor);

        assertThat(owner.role()).isEqualTo(TeamRole.ADMIN);
        assertThat(successor.role()).isEqualTo(TeamRole.OWNER);
        assertThat(owner.drainEvents()).containsExactly(
                new MemberRoleChanged(TEAM.value(), owner.userId(), TeamRole.OWNER, TeamRole.ADMIN));
        assertThat(successor.drainEvents()).containsExactly(
                new MemberRoleChanged(TEAM.value(), successor.userId(), TeamRole.MODERATOR, TeamRole.OWNER));
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = { "ADMIN", "MODERATOR", "MEMBER" })
    void onlyTheOwnerTransfersOwnership(TeamRole role) {
        var notOwner = member(role);
        var other = member(TeamRole.MEMBER);
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> notOwner.transferOwnershipTo(other));
        assertThat(other.role()).isEqualTo(TeamRole.MEMBER);
    }

    @Test
    void theOwnerCannotTransferToThemselves() {
        var owner = member(TeamRole.OWNER);
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> owner.transferOwnershipTo(owner));
        assertThat(owner.role()).isEqualTo(TeamRole.OWNER);
    }

    @Test
    void aSuccessorOfAPurgedOwnerInheritsTheTeam() {
        var admin = member(TeamRole.ADMIN);
        admin.inheritOwnership();
        assertThat(admin.drainEvents()).containsExactly(
                new MemberRoleChanged(TEAM.value(), admin.userId(), TeamRole.ADMIN, TeamRole.OWNER));
    }
}
