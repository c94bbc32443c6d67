package com.weighttracker.teams.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.weighttracker.shared.NotPermitted;
import com.weighttracker.teams.TeamRole;

/** FR-3.3 as a table: every role against every action, written out, not derived from the policy. */
class TeamPolicyTest {

    /** Per action, whether OWNER, ADMIN, MODERATOR and MEMBER (in this order) may do it. */
    private static final Map<TeamAction, boolean[]> SPEC = Map.ofEntries(
            row(TeamAction.VIEW_TEAM, 1, 1, 1, 1),
            row(TeamAction.VIEW_MEMBERS, 1, 1, 1, 1),
            row(TeamAction.VIEW_LEADERBOARD, 1, 1, 1, 1),
            row(TeamAction.POST, 1, 1, 1, 1),
            row(TeamAction.MESSAGE, 1, 1, 1, 1),
            // the owner transfers ownership first
            row(TeamAction.LEAVE, 0, 1, 1, 1),
            row(TeamAction.MODERATE_POSTS, 1, 1, 1, 0),
            row(TeamAction.MANAGE_CHALLENGES, 1, 1, 1, 0),
            row(TeamAction.EDIT_TEAM, 1, 1, 0, 0),
            row(TeamAction.MANAGE_INVITE_CODES, 1, 1, 0, 0),
            row(TeamAction.DECIDE_JOIN_REQUESTS, 1, 1, 0, 0),
            row(TeamAction.REMOVE_MEMBER, 1, 1, 0, 0),
            row(TeamAction.CHANGE_ROLE, 1, 1, 0, 0),
            row(TeamAction.VIEW_ANALYTICS, 1, 1, 0, 0),
            row(TeamAction.TRANSFER_OWNERSHIP, 1, 0, 0, 0),
            row(TeamAction.DELETE_TEAM, 1, 0, 0, 0));

    private static Map.Entry<TeamAction, boolean[]> row(TeamAction action, int owner, int admin, int moderator,
            int member) {
        return Map.entry(action, new boolean[] { owner == 1, admin == 1, moderator == 1, member == 1 });
    }

    static Stream<Arguments> everyRoleAndAction() {
        return Arrays.stream(TeamRole.values()).flatMap(role -> Arrays.stream(TeamAction.values())
                .map(action -> Arguments.of(role, action, SPEC.get(action)[role.ordinal()])));
    }

    @Test
    void theTableCoversEveryAction() {
        assertThat(SPEC.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(TeamAction.class));
        assertThat(TeamRole.values()).containsExactly(TeamRole.OWNER, TeamRole.ADMIN, TeamRole.MODERATOR,
                TeamRole.MEMBER);
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("everyRoleAndAction")
    void allowsExactlyWhatTheSpecGivesEachRole(TeamRole role, TeamAction action, boolean allowed) {
        assertThat(TeamPolicy.allows(role, action)).isEqualTo(allowed);
        if (allowed) {
            assertThatCode(() -> TeamPolicy.require(role, action)).doesNotThrowAnyException();
        } else {
            assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> TeamPolicy.require(role, action))
                    .satisfies(e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        }
    }

    @ParameterizedTest(name = "{0} outranks {1}: {2}")
    @CsvSource({
            "OWNER, OWNER, false", "OWNER, ADMIN, true", "OWNER, MODERATOR, true", "OWNER, MEMBER, true",
            "ADMIN, OWNER, false", "ADMIN, ADMIN, false", "ADMIN, MODERATOR, true", "ADMIN, MEMBER, true",
            "MODERATOR, OWNER, false", "MODERATOR, ADMIN, false", "MODERATOR, MODERATOR, false",
            "MODERATOR, MEMBER, true",
            "MEMBER, OWNER, false", "MEMBER, ADMIN, false", "MEMBER, MODERATOR, false", "MEMBER, MEMBER, false" })
    void onlyAHigherRoleActsOnAnother(TeamRole actor, TeamRole target, boolean allowed) {
        assertThat(TeamPolicy.mayActOn(actor, target)).isEqualTo(allowed);
    }
}
