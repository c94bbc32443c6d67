package com.weighttracker.tracking;

import static com.weighttracker.tracking.TrackingAssertions.assertError;
import static com.weighttracker.tracking.TrackingAssertions.assertInvalidFields;
import static com.weighttracker.tracking.TrackingAssertions.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.support.Api;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.GoalWatcher;

import tools.jackson.databind.JsonNode;

/**
 * Goals through the API. Whether a goal is reached is decided by the goal watcher shortly after a
 * weigh-in changes (ADR 9, ADR 16): a test waits until the watcher has handled the change, then asserts
 * what it decided, reached or not.
 */
class GoalApiTest extends IntegrationTest {

    private static final String GOAL = "/v1/goal";
    private static final String KIND_REFUSAL = "This goal would put you below a healthy weight for your height (a BMI "
            + "under 18.5). Please choose at least %s, and consider talking to your doctor about your goal.";

    @Autowired
    private DSLContext dsl;

    private FeedConsumerProgress goalWatcher;

    @BeforeEach
    void goalWatcherFollowsTheFeed() {
        goalWatcher = new FeedConsumerProgress(dsl, GoalWatcher.NAME);
        goalWatcher.awaitFollowing();
    }

    private JsonNode setGoal(TestUser user, String json) {
        return assertSuccess(put(user, json), 200);
    }

    private Api.Response put(TestUser user, String json) {
        return api.send(api.request(GOAL, user.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private void height(TestUser user, String centimetres) {
        assertSuccess(api.patch("/v1/users/me", "{\"heightCm\": " + centimetres + "}", user.accessToken()), 200);
    }

    private JsonNode logWeight(TestUser user, String json) {
        return assertSuccess(api.post("/v1/weight-entries", json, user.accessToken()), 201);
    }

    @Test
    void aGoalInKilogramsReadsBack() {
        var user = register();
        var date = LocalDate.now(clock).plusMonths(6);

        var set = setGoal(user, "{\"targetWeight\": 70, \"targetDate\": \"%s\"}".formatted(date));

        var read = assertSuccess(api.get(GOAL, user.accessToken()), 200);
        for (var goal : List.of(set, read)) {
            assertThat(goal.path("targetWeight").toString()).isEqualTo("70");
            assertThat(goal.path("unit").asString()).isEqualTo("kg");
            assertThat(goal.hasNonNull("targetPounds")).isFalse();
            assertThat(goal.path("targetWeightKg").toString()).as("plain, not 7E+1").isEqualTo("70");
            assertThat(goal.path("targetDate").asString()).isEqualTo(date.toString());
            assertThat(goal.hasNonNull("startWeightKg")).as("no weigh-in yet").isFalse();
            assertThat(goal.hasNonNull("reachedAt")).isFalse();
            assertThat(goal.path("setAt").asString()).isNotBlank();
        }
    }

    @Test
    void aGoalInPoundsReadsBackExactly() {
        var user = register();

        var set = setGoal(user, "{\"targetWeight\": 165.45, \"unit\": \"lb\"}");

        assertThat(set.path("targetWeight").toString()).isEqualTo("165.45");
        assertThat(set.path("unit").asString()).isEqualTo("lb");
        assertThat(set.path("targetWeightKg").decimalValue()).isEqualByComparingTo("75.047");
        assertThat(assertSuccess(api.get(GOAL, user.accessToken()), 200).path("targetWeight").toString())
                .isEqualTo("165.45");
    }

    @Test
    void aGoalInStonesReadsBackAsStonesAndPounds() {
        var user = register();

        setGoal(user, "{\"targetWeight\": 11, \"unit\": \"st\", \"targetPounds\": 3.5}");

        var read = assertSuccess(api.get(GOAL, user.accessToken()), 200);
        assertThat(read.path("targetWeight").toString()).isEqualTo("11");
        assertThat(read.path("targetPounds").toString()).isEqualTo("3.5");
        assertThat(read.path("unit").asString()).isEqualTo("st");
    }

    @Test
    void settingAgainReplacesTheGoal() {
        var user = register();
        setGoal(user, "{\"targetWeight\": 70, \"targetDate\": \"%s\"}".formatted(LocalDate.now(clock).plusYears(1)));

        setGoal(user, "{\"targetWeight\": 72.5}");

        var read = assertSuccess(api.get(GOAL, user.accessToken()), 200);
        assertThat(read.path("targetWeight").toString()).isEqualTo("72.5");
        assertThat(read.hasNonNull("targetDate")).isFalse();
    }

    @Test
    void aClearedGoalIsGone() {
        var user = register();
        setGoal(user, "{\"targetWeight\": 70}");

        assertSuccess(api.delete(GOAL, user.accessToken()), 200);

        assertError(api.get(GOAL, user.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void withoutAGoalThereIsNothingToRead() {
        var user = register();

        assertError(api.get(GOAL, user.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(GOAL, null), 401, "UNAUTHORIZED");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"targetWeight\": 50}                                      | 53.5 kg",
            "{\"targetWeight\": 53.4}                                    | 53.5 kg",
            "{\"targetWeight\": 110, \"unit\": \"lb\"}                   | 117.9 lb",
            "{\"targetWeight\": 8, \"unit\": \"st\", \"targetPounds\": 2} | 8 st 5.9 lb" })
    void aGoalBelowAHealthyBmiForTheUsersHeightIsKindlyRefused(String json, String minimum) {
        var user = register();
        height(user, "170");

        var refused = put(user, json);

        assertThat(assertInvalidFields(refused, "targetWeight")).isEqualTo(KIND_REFUSAL.formatted(minimum));
        assertError(api.get(GOAL, user.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void theHealthyMinimumNamedIsItselfAccepted() {
        var user = register();
        height(user, "170");

        setGoal(user, "{\"targetWeight\": 53.5}");
        setGoal(user, "{\"targetWeight\": 117.9, \"unit\": \"lb\"}");
        setGoal(user, "{\"targetWeight\": 8, \"unit\": \"st\", \"targetPounds\": 5.9}");
    }

    @Test
    void withoutAHeightTheBmiRailCannotApply() {
        var user = register();

        var goal = setGoal(user, "{\"targetWeight\": 45}");

        assertThat(goal.path("targetWeight").toString()).isEqualTo("45");
    }

    @Test
    void theTargetDateMustBeInTheUsersFuture() {
        var user = register();
        // far east of UTC: "today" there may already be tomorrow in UTC
        assertSuccess(api.patch("/v1/users/me", "{\"timeZone\": \"Pacific/Kiritimati\"}", user.accessToken()), 200);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Pacific/Kiritimati"));

        assertInvalidFields(put(user, "{\"targetWeight\": 70, \"targetDate\": \"%s\"}".formatted(today)),
                "targetDate");
        assertInvalidFields(put(user, "{\"targetWeight\": 70, \"targetDate\": \"2020-01-01\"}"), "targetDate");
        setGoal(user, "{\"targetWeight\": 70, \"targetDate\": \"%s\"}".formatted(today.plusDays(1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"targetWeight\": 0}                                         | targetWeight",
            "{\"targetWeight\": 1000.01}                                   | targetWeight",
            "{\"targetWeight\": 70.123}                                    | targetWeight",
            "{}                                                            | targetWeight",
            "{\"targetWeight\": 70, \"targetPounds\": 3}                    | targetPounds",
            "{\"targetWeight\": 11, \"unit\": \"st\", \"targetPounds\": 14} | targetPounds",
            "{\"targetWeight\": 70, \"unit\": \"stone\"}                   | unit",
            "{\"targetWeight\": 70, \"targetDate\": \"soon\"}              | targetDate",
            "{\"targetWeight\": 70, \"colour\": \"red\"}                   | colour" })
    void aBrokenRuleNamesTheGoalsOwnField(String json, String field) {
        var user = register();

        assertInvalidFields(put(user, json), field);
    }

    @Test
    void theStartIsTheTrendAndTheTrendAtTheTargetReachesTheGoal() {
        var now = noon(); // before signing in: the access token lives minutes, not until tomorrow
        var user = register();
        logWeightAt(user, "80", now.minus(Duration.ofDays(2)));
        logWeightAt(user, "78.5", now.minus(Duration.ofDays(1)));

        // the trend: 80 + 0.1 × (78.5 − 80)
        var goal = setGoal(user, "{\"targetWeight\": 79.6}");
        assertThat(goal.path("startWeightKg").toString()).isEqualTo("79.85");
        assertThat(goal.hasNonNull("reachedAt")).isFalse();

        logWeightAt(user, "79.5", now.minus(Duration.ofMinutes(1))); // under the target, but the trend: 79.815
        goalWatcher.awaitHandled(user.id());
        assertThat(goal(user).hasNonNull("reachedAt")).isFalse();

        // 74.98 kg: the day's mean 77.24, the trend 79.589
        var reaching = logWeight(user, "{\"weight\": 165.3, \"unit\": \"lb\"}");
        goalWatcher.awaitHandled(user.id());

        // reached when the watcher saw the change: within about a second of the weigh-in
        var reached = goal(user);
        assertThat(Instant.parse(reached.path("reachedAt").asString()))
                .isBetween(Instant.parse(reaching.path("recordedAt").asString()), clock.instant());
    }

    @Test
    void aBackdatedWeighInFromBeforeTheGoalDoesNotReachIt() {
        var user = register();
        logWeight(user, "{\"weight\": 80}");
        setGoal(user, "{\"targetWeight\": 75}");

        logWeight(user, "{\"weight\": 74, \"recordedAt\": \"%s\"}".formatted(clock.instant().minus(Duration.ofDays(30))));
        goalWatcher.awaitHandled(user.id());

        assertThat(assertSuccess(api.get(GOAL, user.accessToken()), 200).hasNonNull("reachedAt")).isFalse();
    }

    @Test
    void aCorrectionToTheTargetReachesTheGoal() {
        var user = register();
        var entry = logWeight(user, "{\"weight\": 80}").path("id").asString();
        setGoal(user, "{\"targetWeight\": 75}");
        clock.advance(Duration.ofMinutes(1));

        assertSuccess(api.patch("/v1/weight-entries/" + entry, "{\"weight\": 74.9, \"recordedAt\": \"%s\"}"
                .formatted(clock.instant()), user.accessToken()), 200);
        goalWatcher.awaitHandled(user.id());

        assertThat(assertSuccess(api.get(GOAL, user.accessToken()), 200).hasNonNull("reachedAt")).isTrue();
    }

    @Test
    void aGoalAlreadyMetWhenSetIsReachedAtOnce() {
        var user = register();
        logWeight(user, "{\"weight\": 75}");

        var goal = setGoal(user, "{\"targetWeight\": 75}");

        assertThat(goal.hasNonNull("reachedAt")).isTrue();
    }

    @Test
    void aGainGoalIsReachedFromBelowByTheTrend() {
        var now = noon(); // before signing in: the access token lives minutes, not until tomorrow
        var user = register();
        logWeightAt(user, "50", now.minus(Duration.ofMinutes(2)));
        setGoal(user, "{\"targetWeight\": 50.5}");

        logWeightAt(user, "49", now.minus(Duration.ofMinutes(1))); // the day's mean: 49.5
        goalWatcher.awaitHandled(user.id());
        assertThat(goal(user).hasNonNull("reachedAt")).isFalse();

        logWeightAt(user, "53", now); // the day's mean: 50.67
        goalWatcher.awaitHandled(user.id());
        assertThat(goal(user).hasNonNull("reachedAt")).isTrue();
    }

    // --- reached is the trend's, in the stats and in reachedAt alike (ADR 9)

    private JsonNode stats(TestUser user) {
        return assertSuccess(api.get("/v1/weight-entries/stats", user.accessToken()), 200);
    }

    private JsonNode goal(TestUser user) {
        return assertSuccess(api.get(GOAL, user.accessToken()), 200);
    }

    /** Moves the clock on to the next noon UTC, so that a few minutes either side stay on the same day. */
    private Instant noon() {
        var now = clock.instant();
        var noon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        clock.advance(Duration.between(now, noon.isAfter(now) ? noon : noon.plus(Duration.ofDays(1))));
        return clock.instant();
    }

    private JsonNode logWeightAt(TestUser user, String weight, Instant at) {
        return logWeight(user, "{\"weight\": %s, \"recordedAt\": \"%s\"}".formatted(weight, at));
    }

    @Test
    void aGainGoalSetBeforeAnyWeighInIsNotReachedByAFirstWeighInBelowIt() {
        var user = register();
        setGoal(user, "{\"targetWeight\": 76}");

        logWeight(user, "{\"weight\": 70}");
        goalWatcher.awaitHandled(user.id());

        var goal = goal(user);
        assertThat(goal.hasNonNull("reachedAt")).isFalse();
        assertThat(goal.path("startWeightKg").decimalValue()).isEqualByComparingTo("70");
        var stats = stats(user);
        assertThat(stats.path("projection").path("status").asString()).isNotEqualTo("reached");
        assertThat(stats.path("goal").path("progressPercent").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aGoalStartsAtTheTrendSoOneLightMorningNeitherTurnsNorReachesIt() {
        var now = noon(); // before signing in: the access token lives minutes, not until tomorrow
        var user = register();
        for (var day = 9; day >= 1; day--) {
            logWeightAt(user, "90", now.minus(Duration.ofDays(day)));
        }
        logWeightAt(user, "87.5", now); // one light morning: the trend is 90 − 0.25 = 89.75

        var set = setGoal(user, "{\"targetWeight\": 88}");

        assertThat(set.path("startWeightKg").decimalValue()).isEqualByComparingTo("89.75");
        assertThat(set.hasNonNull("reachedAt")).isFalse();
        var afterSetting = stats(user);
        assertThat(afterSetting.path("goal").path("startWeight").decimalValue()).isEqualByComparingTo("89.75");
        assertThat(afterSetting.path("goal").path("progressPercent").decimalValue()).isEqualByComparingTo("0");
        assertThat(afterSetting.path("projection").path("status").asString()).isNotEqualTo("reached");

        logWeightAt(user, "87.9", now.plus(Duration.ofMinutes(1)));
        goalWatcher.awaitHandled(user.id());

        assertThat(goal(user).hasNonNull("reachedAt")).isFalse();
        var afterAnother = stats(user);
        assertThat(afterAnother.path("projection").path("status").asString()).isNotEqualTo("reached");
        assertThat(afterAnother.path("goal").path("progressPercent").decimalValue()).isLessThan(new BigDecimal("5"));
    }

    @Test
    void reachedAtAndTheStatsAgreeBecauseBothFollowTheTrend() {
        var now = noon(); // before signing in: the access token lives minutes, not until tomorrow
        var user = register();
        var heavy = logWeightAt(user, "80", now.minus(Duration.ofDays(1))).path("id").asString();
        setGoal(user, "{\"targetWeight\": 79}");

        logWeightAt(user, "78.5", clock.instant()); // the trend: 80 − 0.15 = 79.85, still above the target
        goalWatcher.awaitHandled(user.id());

        assertThat(goal(user).hasNonNull("reachedAt")).isFalse();
        assertThat(stats(user).path("projection").path("status").asString()).isNotEqualTo("reached");

        clock.advance(Duration.ofMinutes(1));
        var deleting = clock.instant();
        assertSuccess(api.delete("/v1/weight-entries/" + heavy, user.accessToken()), 200); // the trend: 78.5
        goalWatcher.awaitHandled(user.id());

        assertThat(stats(user).path("projection").path("status").asString()).isEqualTo("reached");
        assertThat(Instant.parse(goal(user).path("reachedAt").asString())).isBetween(deleting, clock.instant());
    }
}
