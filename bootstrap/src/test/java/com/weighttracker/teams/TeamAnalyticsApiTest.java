package com.weighttracker.teams;

import static com.weighttracker.teams.LeaderboardTestData.assertError;
import static com.weighttracker.teams.LeaderboardTestData.assertSuccess;
import static com.weighttracker.teams.LeaderboardTestTeams.members;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

/** Team analytics over HTTP (FR-7.2): who may see them, and what they show without exposing private weights. */
class TeamAnalyticsApiTest extends IntegrationTest {

    @Autowired
    private DSLContext dsl;
    @Autowired
    private WeightEntryRepository entries;

    private LeaderboardTestData data;
    private LeaderboardTestTeams teams;

    @BeforeEach
    void setUp() {
        data = new LeaderboardTestData(api, entries, clock, this::register);
        teams = new LeaderboardTestTeams(dsl);
    }

    private record Team(UUID id, TestUser owner, TestUser admin, TestUser moderator, TestUser member) {
    }

    private Team team(TeamVisibility visibility) {
        var owner = data.showingWeights();
        var admin = data.keepingWeightsPrivate();
        var moderator = data.showingWeights();
        var member = data.showingWeights();
        var id = teams.create(visibility, clock.instant().minus(Duration.ofDays(90)), members(owner, TeamRole.OWNER,
                admin, TeamRole.ADMIN, moderator, TeamRole.MODERATOR, member, TeamRole.MEMBER));
        return new Team(id, owner, admin, moderator, member);
    }

    private Api.Response analytics(UUID teamId, TestUser viewer, String query) {
        return api.get("/v1/teams/" + teamId + "/analytics" + (query.isEmpty() ? "" : "?" + query),
                viewer == null ? null : viewer.accessToken());
    }

    @Test
    void onlyOwnersAndAdminsSeeAnalyticsOtherMembersAreForbiddenAndOutsidersOfAPrivateTeamFindNothing() {
        for (var visibility : TeamVisibility.values()) {
            var team = team(visibility);
            var outsider = register();

            assertSuccess(analytics(team.id(), team.owner(), ""), 200);
            assertSuccess(analytics(team.id(), team.admin(), ""), 200);
            assertError(analytics(team.id(), team.moderator(), ""), 403, "FORBIDDEN");
            assertError(analytics(team.id(), team.member(), ""), 403, "FORBIDDEN");
            if (visibility == TeamVisibility.PRIVATE) {
                assertError(analytics(team.id(), outsider, ""), 404, "NOT_FOUND");
            } else {
                assertError(analytics(team.id(), outsider, ""), 403, "FORBIDDEN");
            }
            assertError(analytics(UUID.randomUUID(), team.owner(), ""), 404, "NOT_FOUND");
            assertThat(analytics(team.id(), null, "").status()).isEqualTo(401);
        }
    }

    @Test
    void rejectsWeeksOutsideOneToTwentySixAndUnknownUnits() {
        var team = team(TeamVisibility.PUBLIC);

        assertError(analytics(team.id(), team.owner(), "weeks=0"), 400, "VALIDATION_ERROR");
        assertError(analytics(team.id(), team.owner(), "weeks=27"), 400, "VALIDATION_ERROR");
        assertError(analytics(team.id(), team.owner(), "unit=oz"), 400, "VALIDATION_ERROR");
    }

    @Test
    void showsWeeklyActivityAverageLossMostActiveMembersAndNoPrivateMass() {
        var team = team(TeamVisibility.PRIVATE);
        data.weighDaily(team.owner(), 20, 0, daysAgo -> 100 - 0.1 * (20 - daysAgo));
        data.weighDaily(team.admin(), 2, 0, daysAgo -> 111.11 - 0.5 * (2 - daysAgo));
        data.weighDaily(team.moderator(), 40, 30, daysAgo -> 70);

        var analytics = assertSuccess(analytics(team.id(), team.admin(), "weeks=4"), 200);

        assertThat(analytics.path("weeks").asInt()).isEqualTo(4);
        assertThat(analytics.path("memberCount").asInt()).isEqualTo(4);
        var monday = data.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var weekStarts = new ArrayList<String>();
        var weighIns = 0;
        for (var week : analytics.path("activity")) {
            weekStarts.add(week.path("weekStarting").asString());
            weighIns += week.path("weighIns").asInt();
        }
        assertThat(weekStarts).containsExactly(monday.minusWeeks(3).toString(), monday.minusWeeks(2).toString(),
                monday.minusWeeks(1).toString(), monday.toString());
        var ownersInWindow = Math.min(21, (int) java.time.temporal.ChronoUnit.DAYS.between(monday.minusWeeks(3),
                data.today) + 1);
        assertThat(weighIns).isEqualTo(ownersInWindow + 3);
        assertThat(analytics.path("activity").get(3).path("activeMembers").asInt()).isGreaterThanOrEqualTo(1);

        var mostActive = analytics.path("mostActive");
        assertThat(mostActive.size()).isEqualTo(2);
        assertThat(mostActive.get(0).path("username").asString()).isEqualTo(team.owner().username());
        assertThat(mostActive.get(0).path("weighIns").asInt()).isEqualTo(ownersInWindow);
        assertThat(mostActive.get(1).path("weighIns").asInt()).isEqualTo(3);

        var averageLoss = analytics.path("averageLoss");
        assertThat(averageLoss.path("membersWithWeighIns").asInt()).isEqualTo(2);
        assertThat(averageLoss.path("membersInAverageLost").asInt()).as("only the owner shows weights").isEqualTo(1);
        assertThat(averageLoss.path("averageLost").decimalValue()).isPositive();
        assertThat(averageLoss.path("averagePercentLost").decimalValue()).isPositive();
        assertThat(analytics.path("challengeParticipationRate").decimalValue()).isZero();
        assertThat(analytics.toString()).doesNotContain("111.11", "110.61", "110.11");
    }
}
