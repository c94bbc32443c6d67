package com.weighttracker.gamification;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntToDoubleFunction;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.gamification.application.AchievementWatcher;
import com.weighttracker.gamification.application.port.in.AwardAchievementsUseCase;
import com.weighttracker.gamification.application.port.in.ChallengeResult;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

import tools.jackson.databind.JsonNode;

/**
 * Achievements and points over HTTP (FR-6): unlocked once from the weigh-in feed (history imported
 * later included) and from redelivered events, shown with the profile's privacy, the catalogue with
 * its SVG icons, and the points boards, the team leaderboard's points sort included.
 */
class AchievementsApiTest extends IntegrationTest {

    @Autowired
    private WeightEntryRepository entries;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private AwardAchievementsUseCase awards;

    @Test
    void theFirstWeighInUnlocksItsAchievementOnceWithItsPoints() {
        var user = register();
        var watcher = new FeedConsumerProgress(dsl, AchievementWatcher.NAME);
        watcher.awaitFollowing();

        assertSuccess(api.post("/v1/weight-entries", body("weight", 82.4, "unit", "kg"), user.accessToken()), 201);
        watcher.awaitHandled(user.id());
        assertSuccess(api.post("/v1/weight-entries", body("weight", 82.1, "unit", "kg"), user.accessToken()), 201);
        watcher.awaitHandled(user.id());

        var showcase = showcase(user, user);
        assertThat(codes(showcase)).containsExactly("first_weigh_in");
        assertThat(showcase.path("points").asInt()).isEqualTo(Achievement.FIRST_WEIGH_IN.points());
        assertThat(showcase.path("achievements").get(0).path("iconUrl").asString())
                .isEqualTo("/v1/achievements/first_weigh_in/icon.svg");
        // AchievementUnlocked reaches the notification centre, once
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                titles(user)).containsOnlyOnce("Badge unlocked: First step"));
    }

    private List<String> titles(TestUser user) {
        var titles = new ArrayList<String>();
        assertSuccess(api.get("/v1/notifications?limit=100", user.accessToken()), 200).path("items")
                .forEach(item -> titles.add(item.path("title").asString()));
        return titles;
    }

    @Test
    void importedHistoryUnlocksStreaksAndTheLossMilestonesOfTheUsersUnit() {
        var inKilograms = register();
        var inPounds = register();
        assertSuccess(api.patch("/v1/users/me", body("units", "imperial"), inPounds.accessToken()), 200);
        var watcher = new FeedConsumerProgress(dsl, AchievementWatcher.NAME);
        watcher.awaitFollowing();
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        // 30 days in a row, 3.4 kg down: the trend falls 2.39 kg, past 5 lb (2.27 kg) but short of 2.5 kg
        for (var user : new TestUser[] { inKilograms, inPounds }) {
            imported(user, today.minusDays(29), today, day -> 80 - 3.4 * day / 29);
            watcher.awaitHandled(user.id());
        }

        assertThat(codes(showcase(inKilograms, inKilograms))).containsExactlyInAnyOrder("first_weigh_in",
                "streak_7", "streak_30");
        assertThat(codes(showcase(inPounds, inPounds))).containsExactlyInAnyOrder("first_weigh_in", "streak_7",
                "streak_30", "loss_milestone_1");
        assertThat(showcase(inPounds, inPounds).path("points").asInt()).isEqualTo(10 + 20 + 50 + 25);
    }

    @Test
    void aRedeliveredEventUnlocksAndPaysNothingTwice() {
        var user = register();
        var other = register();
        var userId = UserId.of(user.id());
        var challenge = new ChallengeResult(UUID.randomUUID(), 30, List.of(userId), List.of(userId,
                UserId.of(other.id())), clock.instant());

        for (var delivery = 0; delivery < 3; delivery++) {
            awards.goalReached(userId, clock.instant());
            awards.challengeCompleted(challenge);
        }

        var showcase = showcase(user, user);
        assertThat(codes(showcase)).containsExactlyInAnyOrder("goal_reached", "first_challenge_completed");
        assertThat(showcase.path("points").asInt()).isEqualTo(100 + 25 + 30);
        assertThat(showcase(other, other).path("points").asInt()).isEqualTo(25);
        // the caller's own showcase under /me is the same
        assertThat(assertSuccess(api.get("/v1/users/me/achievements", user.accessToken()), 200))
                .isEqualTo(showcase);
        // a second challenge won pays its points, but the "first" badge stays one
        awards.challengeCompleted(new ChallengeResult(UUID.randomUUID(), 5, List.of(userId), List.of(userId),
                clock.instant()));
        assertThat(showcase(user, user).path("points").asInt()).isEqualTo(100 + 25 + 30 + 5);
        assertThat(codes(showcase(user, user))).hasSize(2);
    }

    @Test
    void aShowcaseFollowsTheProfilesPrivacy() {
        var owner = register();
        var viewer = register();
        awards.goalReached(UserId.of(owner.id()), clock.instant());

        assertThat(codes(showcase(owner, viewer))).containsExactly("goal_reached");
        assertSuccess(api.patch("/v1/users/me", body("profileVisibility", "private"), owner.accessToken()), 200);
        assertError(api.get("/v1/users/" + owner.id() + "/achievements", viewer.accessToken()), 404, "NOT_FOUND");
        assertThat(codes(showcase(owner, owner))).containsExactly("goal_reached");
        assertError(api.get("/v1/users/" + UUID.randomUUID() + "/achievements", viewer.accessToken()), 404,
                "NOT_FOUND");
        assertError(api.get("/v1/users/nobody/achievements", viewer.accessToken()), 400, "VALIDATION_ERROR");
    }

    @Test
    void theCatalogueListsEveryBadgeWithAnSvgIconServedWithoutSignIn() {
        var user = register();

        var catalogue = assertSuccess(api.get("/v1/achievements", user.accessToken()), 200);
        assertThat(catalogue).hasSize(Achievement.values().length);
        for (var badge : catalogue) {
            var icon = api.send(api.request(badge.path("iconUrl").asString(), null).GET());
            assertThat(icon.status()).as(badge.toString()).isEqualTo(200);
            assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
            assertThat(icon.raw().body()).startsWith("<svg").contains("<title>" + badge.path("title").asString());
            assertThat(icon.raw().body()).doesNotContain("<script");
        }
        assertThat(api.send(api.request("/v1/achievements/no_such_badge/icon.svg", null).GET()).status())
                .isEqualTo(404);
    }

    @Test
    void pointsBoardsRankEverybodyAndATeamsMembersAndFeedTheTeamLeaderboard() {
        var owner = registerVerified();
        var member = registerVerified();
        var outsider = registerVerified();
        var teamId = assertSuccess(api.post("/v1/teams", body("name", "Points " + UUID.randomUUID().toString()
                .substring(0, 8), "visibility", "private"), owner.accessToken()), 201).path("id").asString();
        var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", "{}", owner.accessToken()), 201)
                .path("code").asString();
        assertSuccess(api.post("/v1/teams/join-with-code", body("code", code), member.accessToken()), 200);
        awards.goalReached(UserId.of(member.id()), clock.instant());

        var board = assertSuccess(api.get("/v1/points/leaderboard?teamId=" + teamId, owner.accessToken()), 200);
        assertThat(board.get(0).path("userId").asString()).isEqualTo(member.id());
        assertThat(board.get(0).path("points").asInt()).isEqualTo(100);
        assertThat(board.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(board.get(1).path("points").asInt()).isZero();
        assertError(api.get("/v1/points/leaderboard?teamId=" + teamId, outsider.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/points/leaderboard?teamId=oops", owner.accessToken()), 400, "VALIDATION_ERROR");

        var global = api.get("/v1/points/leaderboard?limit=100", outsider.accessToken());
        assertSuccess(global, 200);
        assertThat(global.body().path("pagination").path("totalItems").asInt()).isPositive();

        // the team board ranks members who weighed in in the period (teams' rule, ADR 14)
        for (var user : new TestUser[] { owner, member }) {
            assertSuccess(api.post("/v1/weight-entries", body("weight", 80, "unit", "kg"), user.accessToken()), 201);
        }
        // their first weigh-ins earn an achievement each, awarded from the weigh-ins' feed
        var watcher = new FeedConsumerProgress(dsl, AchievementWatcher.NAME);
        watcher.awaitHandled(owner.id());
        watcher.awaitHandled(member.id());
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var teamBoard = assertSuccess(api.get("/v1/teams/" + teamId + "/leaderboard?sortBy=points",
                    owner.accessToken()), 200);
            assertThat(teamBoard.path("entries").get(0).path("userId").asString()).isEqualTo(member.id());
            assertThat(teamBoard.path("entries").get(0).path("points").asInt())
                    .isEqualTo(100 + Achievement.FIRST_WEIGH_IN.points());
        });
    }

    private JsonNode showcase(TestUser owner, TestUser viewer) {
        return assertSuccess(api.get("/v1/users/" + owner.id() + "/achievements", viewer.accessToken()), 200);
    }

    private static List<String> codes(JsonNode showcase) {
        var codes = new ArrayList<String>();
        showcase.path("achievements").forEach(a -> codes.add(a.path("code").asString()));
        return codes;
    }

    /** Weigh-ins at 07:00 UTC on each day, stored as an import stores them (the feed sees them). */
    private void imported(TestUser user, LocalDate first, LocalDate last, IntToDoubleFunction kilogramsOnDay) {
        var batch = new ArrayList<WeightEntry>();
        var index = 0;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1), index++) {
            var at = day.atTime(LocalTime.of(7, 0)).toInstant(ZoneOffset.UTC);
            var kg = BigDecimal.valueOf(kilogramsOnDay.applyAsDouble(index)).setScale(2, RoundingMode.HALF_EVEN);
            batch.add(WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), UserId.of(user.id()),
                    WeighIn.of(kg, MassUnit.KG, null, at, null, null, null, null), "test", at));
        }
        assertThat(entries.addAllNew(batch)).isEqualTo(batch.size());
    }

    private static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        return response.data();
    }

    private static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        return response.error();
    }
}
