package com.weighttracker.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamMembership.TeamSummary;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.tracking.WeeklyWeighIns;
import com.weighttracker.tracking.WeighInActivityQuery;

/**
 * The summary's team lines: the teams a batch meets are counted together (their members' weigh-ins read at
 * most 500 members a query, not one query per team), each team once a week, each count the team's own.
 */
class TeamHighlightsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    private final Map<UUID, Set<UserId>> members = new HashMap<>();
    private final Set<UserId> weighedInLastWeek = new LinkedHashSet<>();
    private final List<Integer> activityCalls = new ArrayList<>();
    private final TeamHighlights highlights = new TeamHighlights(new Teams(), new Activity(), CLOCK);

    @Test
    void theTeamsOfABatchAreCountedTogetherEachWithItsOwnMembersAndOnceAWeek() {
        var shared = user();
        var walkers = team(Set.of(shared, user(), user()));
        var runners = team(Set.of(shared, user()));
        var rowers = team(Set.of(user()));
        weighedInLastWeek.add(shared);
        weighedInLastWeek.add(members.get(walkers).stream().filter(m -> !m.equals(shared)).findFirst().orElseThrow());
        var reader = user();
        var other = user();

        var lines = highlights.of(Map.of(
                reader, List.of(summary(walkers, "Walkers"), summary(runners, "Runners")),
                other, List.of(summary(rowers, "Rowers"), summary(runners, "Runners"))));

        assertThat(lines.get(reader)).containsExactly("Walkers: 2 of 3 members weighed in last week",
                "Runners: 1 of 2 members weighed in last week");
        assertThat(lines.get(other)).containsExactly("Rowers: 0 of 1 member weighed in last week",
                "Runners: 1 of 2 members weighed in last week");
        // five distinct members of three teams: one activity query, the shared member asked once
        assertThat(activityCalls).containsExactly(5);

        highlights.of(Map.of(user(), List.of(summary(walkers, "Walkers"))));
        assertThat(activityCalls).as("remembered for the week").containsExactly(5);
    }

    @Test
    void moreMembersThanOneQueryTakesAreReadInGroupsAndAUserSeesAtMostThreeTeams() {
        var reader = user();
        var theirs = new ArrayList<TeamSummary>();
        for (var t = 0; t < 4; t++) {
            var team = new LinkedHashSet<UserId>();
            for (var m = 0; m < 200; m++) {
                team.add(user());
            }
            theirs.add(summary(team(team), "Team " + t));
        }

        var lines = highlights.of(Map.of(reader, theirs));

        assertThat(lines.get(reader)).hasSize(TeamHighlights.MAX_TEAMS);
        assertThat(activityCalls).containsExactly(500, 100);
    }

    private static UserId user() {
        return new UserId(UUID.randomUUID());
    }

    private UUID team(Set<UserId> of) {
        var id = UUID.randomUUID();
        members.put(id, of);
        return id;
    }

    private TeamSummary summary(UUID team, String name) {
        return new TeamSummary(team, name, members.get(team).size());
    }

    private final class Teams implements TeamMembership {
        @Override
        public Optional<TeamRole> roleOf(UUID teamId, UserId userId) {
            return Optional.empty();
        }

        @Override
        public Set<UserId> memberIds(UUID teamId) {
            return members.getOrDefault(teamId, Set.of());
        }

        @Override
        public Set<UUID> teamsOf(UserId userId) {
            return Set.of();
        }

        @Override
        public Map<UserId, List<TeamSummary>> teamsOfAll(Collection<UserId> users) {
            throw new AssertionError("the caller holds the teams");
        }

        @Override
        public Optional<TeamVisibility> visibilityOf(UUID teamId) {
            return Optional.empty();
        }
    }

    private final class Activity implements WeighInActivityQuery {
        @Override
        public Map<UserId, WeeklyWeighIns> weighInsPerWeek(Collection<UserId> users, int weeks) {
            assertThat(users.size()).isLessThanOrEqualTo(MAX_USERS);
            assertThat(new LinkedHashSet<>(users)).hasSameSizeAs(users);
            activityCalls.add(users.size());
            var monday = LocalDate.of(2026, 11, 30);
            var result = new HashMap<UserId, WeeklyWeighIns>();
            users.stream().filter(weighedInLastWeek::contains)
                    .forEach(user -> result.put(user, new WeeklyWeighIns(user, monday, List.of(2, 0))));
            return result;
        }

        @Override
        public Set<UserId> weighedInOn(Map<UserId, UserFacts> users, LocalDate day) {
            throw new AssertionError("not asked");
        }
    }
}
