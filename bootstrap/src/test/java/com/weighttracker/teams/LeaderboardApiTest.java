package com.weighttracker.teams;

import static com.weighttracker.teams.LeaderboardTestData.assertError;
import static com.weighttracker.teams.LeaderboardTestData.entryOf;
import static com.weighttracker.teams.LeaderboardTestData.ranks;
import static com.weighttracker.teams.LeaderboardTestData.usernames;
import static com.weighttracker.teams.LeaderboardTestTeams.members;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.gamification.application.AchievementWatcher;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.teams.domain.LeaderboardPeriod;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

/**
 * The team leaderboard over HTTP (FR-3.4, ADR 0014): ranking by each sortBy and period on the trend,
 * members without weigh-ins last, who may see which team, and the privacy rule.
 */
class LeaderboardApiTest extends IntegrationTest {

    private static final String[] MASS_FIELDS = { "totalLost", "startWeight", "currentWeight", "trendWeight" };

    @Autowired
    private DSLContext dsl;
    @Autowired
    private WeightEntryRepository entries;
    @Autowired
    private LeaderboardCache cache;

    private LeaderboardTestData data;
    private LeaderboardTestTeams teams;

    @BeforeEach
    void setUp() {
        data = new LeaderboardTestData(api, entries, clock, this::register);
        teams = new LeaderboardTestTeams(dsl);
    }

    /** Four members: a light steady loser, a heavy one who stopped, one active only weeks ago, one who never weighed. */
    private record Team(UUID id, TestUser light, TestUser heavy, TestUser earlier, TestUser never) {
    }

    private Team team(TeamVisibility visibility) {
        var light = data.showingWeights();
        var heavy = data.showingWeights();
        var earlier = data.showingWeights();
        var never = data.showingWeights();
        // 0.2 % a day, daily up to today: the best % and the longest streak
        data.weighDaily(light, 40, 0, daysAgo -> 100 - 0.2 * (40 - daysAgo));
        // 0.175 % a day but more kilograms, and today after missing yesterday: a streak of 1
        data.weighDaily(heavy, 40, 2, daysAgo -> 200 - 0.35 * (40 - daysAgo));
        data.weighDaily(heavy, 0, 0, daysAgo -> 200 - 0.35 * 40);
        // in the last month, not the last week
        data.weighDaily(earlier, 25, 12, daysAgo -> 80 - 0.1 * (25 - daysAgo));
        // their weigh-ins earn achievements and points (gamification, ADR 26): settled before any board is computed
        var achievements = new FeedConsumerProgress(dsl, AchievementWatcher.NAME);
        for (var user : new TestUser[] { light, heavy, earlier }) {
            achievements.awaitHandled(user.id());
        }
        var id = teams.create(visibility, clock.instant().minus(Duration.ofDays(60)),
                members(light, TeamRole.OWNER, heavy, TeamRole.ADMIN, earlier, TeamRole.MEMBER, never,
                        TeamRole.MEMBER));
        return new Team(id, light, heavy, earlier, never);
    }

    @Test
    void ranksByPercentLostOnTheTrendByDefaultOverTheLastWeekWithMembersWithoutWeighInsLast() {
        var team = team(TeamVisibility.PUBLIC);

        var board = data.board(team.id(), team.light(), "");

        assertThat(board.path("sortBy").asString()).isEqualTo("percentLost");
        assertThat(board.path("period").asString()).isEqualTo("week");
        assertThat(board.path("from").asString()).isEqualTo(data.today.minusDays(6).toString());
        assertThat(board.path("to").asString()).isEqualTo(data.today.plusDays(1).toString());
        assertThat(board.path("unit").asString()).isEqualTo("kg");
        assertThat(usernames(board).subList(0, 2)).containsExactly(team.light().username(), team.heavy().username());
        assertThat(usernames(board).subList(2, 4)).containsExactlyInAnyOrder(team.earlier().username(),
                team.never().username());
        assertThat(ranks(board)).containsExactly(1, 2, null, null);
        var light = entryOf(board, team.light());
        // the trend lags a steady loss; still about 1.2 kg (0.2 kg a day for six days) and 1.4 %
        assertThat(light.path("totalLost").decimalValue()).isBetween(new java.math.BigDecimal("1.0"),
                new java.math.BigDecimal("1.3"));
        assertThat(light.path("percentLost").decimalValue()).isPositive();
        assertThat(light.path("currentWeight").decimalValue()).isEqualByComparingTo("92");
        assertThat(light.path("streakDays").asInt()).isEqualTo(41);
        assertThat(light.path("points").asInt()).isEqualTo(pointsOf(team.light()));
        assertThat(light.path("role").asString()).isEqualTo("owner");
        var never = entryOf(board, team.never());
        assertThat(never.path("weighedIn").asBoolean()).isFalse();
        assertThat(never.path("percentLost").isNull()).isTrue();
        assertThat(never.path("totalLost").isNull()).isTrue();
        assertThat(never.path("streakDays").asInt()).isZero();
        assertThat(board.path("computedAt").asString()).isNotBlank();
    }

    @Test
    void ranksByTotalLostStreakAndPoints() {
        var team = team(TeamVisibility.PUBLIC);

        var total = data.board(team.id(), team.light(), "sortBy=totalLost");
        var streak = data.board(team.id(), team.light(), "sortBy=streak");
        var points = data.board(team.id(), team.light(), "sortBy=points");

        assertThat(total.path("sortBy").asString()).isEqualTo("totalLost");
        assertThat(usernames(total).subList(0, 2)).containsExactly(team.heavy().username(), team.light().username());
        assertThat(usernames(streak).subList(0, 2)).containsExactly(team.light().username(), team.heavy().username());
        assertThat(entryOf(streak, team.heavy()).path("streakDays").asInt()).isEqualTo(1);
        // the points gamification gave each for their weigh-ins' achievements, the most first
        var first = points.path("entries").get(0);
        var second = points.path("entries").get(1);
        assertThat(first.path("points").asInt()).isGreaterThanOrEqualTo(second.path("points").asInt())
                .isEqualTo(pointsOf(first.path("userId").asString())).isPositive();
        assertThat(second.path("points").asInt()).isEqualTo(pointsOf(second.path("userId").asString()));
        assertThat(ranks(points)).containsExactly(1,
                first.path("points").asInt() == second.path("points").asInt() ? 1 : 2, null, null);
    }

    @Test
    void theMonthAndAllPeriodsReachFurtherBack() {
        var team = team(TeamVisibility.PUBLIC);

        var month = data.board(team.id(), team.light(), "period=month");
        var all = data.board(team.id(), team.light(), "period=all&sortBy=percentLost");

        assertThat(month.path("from").asString()).isEqualTo(data.today.minusDays(29).toString());
        assertThat(entryOf(month, team.earlier()).path("rank").asInt()).isEqualTo(3);
        assertThat(entryOf(month, team.earlier()).path("totalLost").decimalValue()).isPositive();
        assertThat(ranks(month)).containsExactly(1, 2, 3, null);
        // since the team was created, 60 days ago
        assertThat(all.path("from").asString()).isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minusDays(60).toString());
        assertThat(entryOf(all, team.light()).path("totalLost").decimalValue())
                .isGreaterThan(entryOf(month, team.light()).path("totalLost").decimalValue());
    }

    @Test
    void showsMassesInTheViewersUnitOrTheOneAsked() {
        var team = team(TeamVisibility.PUBLIC);
        assertThat(api.patch("/v1/users/me", com.weighttracker.support.Api.body("units", "imperial"),
                team.heavy().accessToken()).status()).isEqualTo(200);

        var preferred = data.board(team.id(), team.heavy(), "");
        var stones = data.board(team.id(), team.heavy(), "unit=st");

        assertThat(preferred.path("unit").asString()).isEqualTo("lb");
        // 186 kg = 410.06 lb = 29.290 st
        assertThat(entryOf(preferred, team.heavy()).path("currentWeight").decimalValue()).isEqualByComparingTo("410.06");
        assertThat(entryOf(stones, team.heavy()).path("currentWeight").decimalValue()).isEqualByComparingTo("29.29");
    }

    @Test
    void pagesThroughTheBoard() {
        var team = team(TeamVisibility.PUBLIC);

        var response = data.leaderboard(team.id(), team.light(), "limit=1&page=2");

        assertThat(response.status()).isEqualTo(200);
        assertThat(usernames(response.data())).containsExactly(team.heavy().username());
        assertThat(response.body().path("pagination").path("totalItems").asInt()).isEqualTo(4);
        assertThat(response.body().path("pagination").path("page").asInt()).isEqualTo(2);
    }

    @Test
    void aPrivateTeamIsNotFoundForOutsidersExactlyLikeATeamThatDoesNotExist() {
        var team = team(TeamVisibility.PRIVATE);
        var outsider = register();

        var hidden = assertError(data.leaderboard(team.id(), outsider, ""), 404, "NOT_FOUND");
        var missing = assertError(data.leaderboard(UUID.randomUUID(), outsider, ""), 404, "NOT_FOUND");

        assertThat(hidden.path("message").asString()).isEqualTo(missing.path("message").asString());
        assertThat(data.board(team.id(), team.never(), "").path("entries").size()).isEqualTo(4);
    }

    @Test
    void aPublicTeamsBoardIsReadableByAnyoneSignedInButNotAnonymously() {
        var team = team(TeamVisibility.PUBLIC);
        var outsider = register();

        assertThat(data.board(team.id(), outsider, "").path("entries").size()).isEqualTo(4);
        assertThat(api.get("/v1/teams/" + team.id() + "/leaderboard", null).status()).isEqualTo(401);
    }

    @Test
    void rejectsUnknownSortPeriodUnitAndBadPagesWithEveryField() {
        var team = team(TeamVisibility.PUBLIC);

        var error = assertError(data.leaderboard(team.id(), team.light(), "sortBy=weight&period=year&unit=oz&limit=500"),
                400, "VALIDATION_ERROR");
        var notAnId = assertError(api.get("/v1/teams/not-a-team/leaderboard", team.light().accessToken()), 400,
                "VALIDATION_ERROR");

        var fields = new java.util.ArrayList<String>();
        error.path("details").forEach(detail -> fields.add(detail.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("sortBy", "period", "unit", "limit");
        assertThat(notAnId.path("details").get(0).path("field").asString()).isEqualTo("teamId");
    }

    @Test
    void aMemberWhoKeepsWeightsPrivateShowsPercentAndRankOnlyInEveryViewAndInTheCache() {
        var shown = data.showingWeights();
        var secret = data.keepingWeightsPrivate();
        // the private member loses the most kilograms and the most %, with unmistakable figures
        data.weighDaily(shown, 20, 0, daysAgo -> 90 - 0.05 * (20 - daysAgo));
        data.weighDaily(secret, 20, 0, daysAgo -> 123.45 - 0.4 * (20 - daysAgo));
        var teamId = teams.create(TeamVisibility.PRIVATE, clock.instant().minus(Duration.ofDays(60)),
                members(shown, TeamRole.OWNER, secret, TeamRole.MEMBER));
        var secretKilograms = new String[] { "123.45", "115.45", "115.4" };

        for (var sortBy : new String[] { "totalLost", "percentLost", "streak", "points" }) {
            for (var period : new String[] { "week", "month", "all" }) {
                for (var unit : new String[] { "kg", "lb", "st" }) {
                    for (var viewer : new TestUser[] { shown }) {
                        var response = data.leaderboard(teamId, viewer, "sortBy=" + sortBy + "&period=" + period
                                + "&unit=" + unit);
                        assertThat(response.status()).isEqualTo(200);
                        var entry = entryOf(response.data(), secret);
                        assertThat(entry.path("weightsPrivate").asBoolean()).isTrue();
                        assertThat(entry.path("percentLost").decimalValue()).isPositive();
                        assertThat(entry.path("rank").isInt()).isTrue();
                        for (var field : MASS_FIELDS) {
                            assertThat(entry.path(field).isNull()).as(field + " " + response).isTrue();
                        }
                        assertThat(response.raw().body()).doesNotContain(secretKilograms);
                        assertThat(entryOf(response.data(), shown).path("totalLost").isNumber()).isTrue();
                    }
                }
            }
        }
        // ranked by mass, the private member comes after everyone who shows one, whatever they lost
        var total = data.board(teamId, shown, "sortBy=totalLost");
        assertThat(usernames(total)).containsExactly(shown.username(), secret.username());
        assertThat(ranks(total)).containsExactly(1, 2);
        // ranked by %, they lead
        assertThat(usernames(data.board(teamId, shown, "sortBy=percentLost"))).containsExactly(secret.username(),
                shown.username());

        for (var period : LeaderboardPeriod.values()) {
            var cached = cache.board(teamId, period, data.today, () -> {
                throw new AssertionError("the board should be cached");
            });
            var line = cached.lines().stream().filter(l -> l.userId().value().toString().equals(secret.id()))
                    .findFirst().orElseThrow();
            assertThat(line.weightsPrivate()).isTrue();
            assertThat(Arrays.asList(line.lostKg(), line.startKg(), line.currentKg(), line.trendKg())).containsOnlyNulls();
            assertThat(line.percentLost()).isPositive();
        }
    }

    @Test
    void aMemberWhoKeepsWeightsPrivateSeesTheirOwnFiguresWhileOthersStillSeeNone() {
        var shown = data.showingWeights();
        var secret = data.keepingWeightsPrivate();
        data.weighDaily(shown, 20, 0, daysAgo -> 90 - 0.05 * (20 - daysAgo));
        data.weighDaily(secret, 20, 0, daysAgo -> 123.45 - 0.4 * (20 - daysAgo));
        var teamId = teams.create(TeamVisibility.PRIVATE, clock.instant().minus(Duration.ofDays(60)),
                members(shown, TeamRole.OWNER, secret, TeamRole.MEMBER));

        var own = data.leaderboard(teamId, secret, "sortBy=totalLost&period=all&unit=kg");
        assertThat(own.status()).isEqualTo(200);
        var mine = entryOf(own.data(), secret);
        assertThat(mine.path("weightsPrivate").asBoolean()).isTrue();
        for (var field : MASS_FIELDS) {
            assertThat(mine.path(field).isNumber()).as(field + " " + own).isTrue();
        }
        assertThat(mine.path("startWeight").decimalValue()).isEqualByComparingTo("123.45");
        // ranked like everyone sees it: after the member who shows masses
        assertThat(usernames(own.data())).containsExactly(shown.username(), secret.username());

        var others = data.leaderboard(teamId, shown, "sortBy=totalLost&period=all&unit=kg");
        for (var field : MASS_FIELDS) {
            assertThat(entryOf(others.data(), secret).path(field).isNull()).as(field).isTrue();
        }
        assertThat(others.raw().body()).doesNotContain("123.45");
    }

    private int pointsOf(TestUser user) {
        return pointsOf(user.id());
    }

    /** What gamification says the user earned. */
    private int pointsOf(String userId) {
        var viewer = register();
        var showcase = api.get("/v1/users/" + userId + "/achievements", viewer.accessToken());
        return LeaderboardTestData.assertSuccess(showcase, 200).path("points").asInt();
    }
}
