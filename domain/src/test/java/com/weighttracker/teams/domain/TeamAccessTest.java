package com.weighttracker.teams.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.domain.TeamAccess.Verdict;

/** The folded access rule: every visibility × every viewer (each role, or none) × every action. */
class TeamAccessTest {

    /** Written out, not derived: what an outsider may do with a public team. */
    private static final Set<TeamAction> OUTSIDERS_OF_PUBLIC_TEAMS = EnumSet.of(TeamAction.VIEW_TEAM,
            TeamAction.VIEW_MEMBERS, TeamAction.VIEW_LEADERBOARD);

    static Stream<Arguments> everyVisibilityViewerAndAction() {
        var viewers = Stream.concat(Stream.of((TeamRole) null), Arrays.stream(TeamRole.values())).toList();
        return Arrays.stream(TeamVisibility.values()).flatMap(visibility -> viewers.stream()
                .flatMap(role -> Arrays.stream(TeamAction.values())
                        .map(action -> Arguments.of(visibility, role, action, expected(visibility, role, action)))));
    }

    private static Verdict expected(TeamVisibility visibility, TeamRole role, TeamAction action) {
        if (role != null) {
            return TeamPolicy.allows(role, action) ? Verdict.ALLOWED : Verdict.NOT_PERMITTED;
        }
        if (visibility == TeamVisibility.PRIVATE) {
            return Verdict.UNKNOWN_TEAM;
        }
        return OUTSIDERS_OF_PUBLIC_TEAMS.contains(action) ? Verdict.ALLOWED : Verdict.NOT_PERMITTED;
    }

    @ParameterizedTest(name = "{0} team, viewer {1}, {2}: {3}")
    @MethodSource("everyVisibilityViewerAndAction")
    void decidesForEveryViewerAndActionAndRefusesAsItDecides(TeamVisibility visibility, TeamRole role,
            TeamAction action, Verdict verdict) {
        var access = new TeamAccess(visibility, role);

        assertThat(access.decide(action)).isEqualTo(verdict);
        switch (verdict) {
            case ALLOWED -> assertThatCode(() -> access.require(action)).doesNotThrowAnyException();
            case UNKNOWN_TEAM -> assertThatExceptionOfType(TeamRejections.TeamNotFound.class)
                    .isThrownBy(() -> access.require(action)).withMessage("Team not found");
            case NOT_PERMITTED -> assertThatExceptionOfType(role == null ? TeamRejections.NotTeamMember.class
                    : TeamRejections.RoleDoesNotAllow.class).isThrownBy(() -> access.require(action));
        }
    }
}
