package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

import tools.jackson.databind.JsonNode;

/**
 * GET /v1/weight-entries/stats and /chart through HTTP. The clock stands at noon UTC so "today"
 * is the same local day in every zone used here. The two weeks of weigh-ins are those of the
 * domain's ProgressStatisticsTest, whose expectations are hand-computed (trend now 97.4301 kg).
 */
class ProgressApiTest extends IntegrationTest {

    private static final String STATS = "/v1/weight-entries/stats";
    private static final String CHART = "/v1/weight-entries/chart";

    @Autowired
    private WeightEntryRepository entries;

    private LocalDate today;

    @BeforeEach
    void atNoonUtc() {
        var now = clock.instant();
        var noon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        clock.advance(Duration.between(now, noon.isAfter(now) ? noon : noon.plus(Duration.ofDays(1))));
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // --- statistics

    @Test
    void statsOfTwoWeeksOfWeighIns() {
        var user = twoWeeksWithAGoalAndAHeight();

        var stats = ok(api.get(STATS, user.accessToken()));

        assertThat(stats.path("unit").asString()).isEqualTo("kg");
        assertThat(stats.path("entries").asInt()).isEqualTo(10);
        assertThat(stats.path("firstRecordedAt").asString()).isEqualTo(day(0, 7).toString());
        assertThat(stats.path("latestRecordedAt").asString()).isEqualTo(day(14, 7).toString());
        assertDecimal(stats, "startingWeight", "100");
        assertDecimal(stats, "currentWeight", "96.5");
        assertDecimal(stats, "minWeight", "95.8");
        assertDecimal(stats, "maxWeight", "100");
        assertDecimal(stats, "totalChange", "-3.5");
        assertDecimal(stats, "trendWeight", "97.43");
        assertDecimal(stats.path("change"), "day", "-0.35");
        assertDecimal(stats.path("change"), "week", "-1.17");
        assertThat(stats.path("change").path("month").isNull()).isTrue();
        assertDecimal(stats.path("weeklyRate"), "perWeek", "-1.13");
        assertDecimal(stats.path("weeklyRate"), "standardError", "0.04");
        assertThat(stats.path("weeklyRate").path("daysWithData").asInt()).isEqualTo(8);
        assertDecimal(stats, "averageWeeklyLoss", "1.03");
        assertThat(stats.path("consistency").path("daysWithWeighIn").asInt()).isEqualTo(9);
        assertThat(stats.path("consistency").path("days").asInt()).isEqualTo(30);
        assertDecimal(stats.path("consistency"), "percent", "30");
    }

    @Test
    void statsShowGoalProgressProjectionAndBmi() {
        var user = twoWeeksWithAGoalAndAHeight();

        var stats = ok(api.get(STATS, user.accessToken()));

        // the goal was set before the first weigh-in, so it starts there: (100 − 97.43) / (100 − 90)
        assertDecimal(stats.path("goal"), "targetWeight", "90");
        assertDecimal(stats.path("goal"), "startWeight", "100");
        assertDecimal(stats.path("goal"), "progressPercent", "25.7");
        var projection = stats.path("projection");
        assertThat(projection.path("status").asString()).isEqualTo("on_track");
        assertThat(projection.path("expectedDate").asString()).isEqualTo(today.plusDays(47).toString());
        assertThat(projection.path("earliestDate").asString()).isEqualTo(today.plusDays(43).toString());
        assertThat(projection.path("latestDate").asString()).isEqualTo(today.plusDays(50).toString());
        assertDecimal(stats.path("bmi"), "value", "30.1");
        assertThat(stats.path("bmi").path("category").asString()).isEqualTo("obese");
    }

    @Test
    void bestAndWorstWeeksAreCalendarWeeks() {
        var user = twoWeeksWithAGoalAndAHeight();

        var stats = ok(api.get(STATS, user.accessToken()));

        for (var week : List.of(stats.path("bestWeek"), stats.path("worstWeek"))) {
            assertThat(LocalDate.parse(week.path("weekStart").asString()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.path("change").decimalValue()).isNegative();
        }
        assertThat(stats.path("bestWeek").path("change").decimalValue())
                .isLessThanOrEqualTo(stats.path("worstWeek").path("change").decimalValue());
    }

    @Test
    void statsShowBodyCompositionChanges() {
        var user = register();
        weighIn(user, day(0, 7), body("weight", 90, "bodyFatPercentage", 30, "muscleMass", 40, "waterPercentage", 50));
        weighIn(user, day(5, 7), body("weight", 89, "bodyFatPercentage", 29.5));
        weighIn(user, day(9, 7), body("weight", 88, "muscleMass", 40.5, "waterPercentage", 51.25));

        var composition = ok(api.get(STATS, user.accessToken())).path("bodyComposition");

        assertDecimal(composition.path("bodyFatPercentage"), "first", "30");
        assertDecimal(composition.path("bodyFatPercentage"), "latest", "29.5");
        assertDecimal(composition.path("bodyFatPercentage"), "change", "-0.5");
        assertDecimal(composition.path("muscleMass"), "change", "0.5");
        assertDecimal(composition.path("waterPercentage"), "latest", "51.25");
    }

    @Test
    void statsInTheUnitAskedFor() {
        var user = twoWeeksWithAGoalAndAHeight();

        var pounds = ok(api.get(STATS + "?unit=lb", user.accessToken()));
        var stones = ok(api.get(STATS + "?unit=ST", user.accessToken()));

        assertThat(pounds.path("unit").asString()).isEqualTo("lb");
        assertDecimal(pounds, "startingWeight", "220.46");
        assertDecimal(pounds, "trendWeight", "214.8");
        assertDecimal(pounds.path("goal"), "targetWeight", "198.42");
        assertThat(stones.path("unit").asString()).isEqualTo("st");
        assertDecimal(stones, "startingWeight", "15.747");
        // BMI and percentages do not depend on the unit
        assertDecimal(pounds.path("bmi"), "value", "30.1");
        assertDecimal(pounds.path("goal"), "progressPercent", "25.7");
    }

    @Test
    void statsInThePreferredUnitByDefault() {
        var user = register();
        assertThat(api.patch("/v1/users/me", body("units", "imperial"), user.accessToken()).status()).isEqualTo(200);
        weighIn(user, day(14, 7), body("weight", "180.25", "unit", "lb"));

        var stats = ok(api.get(STATS, user.accessToken()));

        assertThat(stats.path("unit").asString()).isEqualTo("lb");
        assertDecimal(stats, "currentWeight", "180.25");
        assertDecimal(ok(api.get(STATS + "?unit=kg", user.accessToken())), "currentWeight", "81.76");
    }

    @Test
    void everyUserSeesOnlyTheirOwnNumbers() {
        var anna = twoWeeksWithAGoalAndAHeight();
        var bert = register();
        weighIn(bert, day(14, 7), body("weight", 70));

        var bertsStats = ok(api.get(STATS, bert.accessToken()));
        var bertsChart = ok(api.get(CHART, bert.accessToken()));

        assertThat(bertsStats.path("entries").asInt()).isEqualTo(1);
        assertDecimal(bertsStats, "startingWeight", "70");
        assertThat(bertsStats.path("goal").isNull()).isTrue();
        assertThat(bertsChart.path("weights")).hasSize(1);
        assertThat(ok(api.get(STATS, anna.accessToken())).path("entries").asInt()).isEqualTo(10);
    }

    @Test
    void withoutWeighInsTheAnswersAreEmptyNotErrors() {
        var user = register();

        var stats = ok(api.get(STATS, user.accessToken()));
        var chart = ok(api.get(CHART + "?period=all", user.accessToken()));

        assertThat(stats.path("entries").asInt()).isZero();
        for (var unknown : List.of("startingWeight", "currentWeight", "trendWeight", "weeklyRate", "goal", "bmi",
                "bestWeek", "averageWeeklyLoss")) {
            assertThat(stats.path(unknown).isNull()).as(unknown).isTrue();
        }
        assertThat(stats.path("projection").path("status").asString()).isEqualTo("no_goal");
        assertThat(stats.path("consistency").path("daysWithWeighIn").asInt()).isZero();
        assertThat(chart.path("weights")).isEmpty();
        assertThat(chart.path("trend")).isEmpty();
        assertThat(chart.path("bmi")).isEmpty();
        assertThat(chart.path("goal").isNull()).isTrue();
        assertThat(chart.path("projection").path("points")).isEmpty();
        assertThat(chart.path("to").asString()).isEqualTo(today.toString());
    }

    @Test
    void aGoalWithoutWeighInsHasNotEnoughDataToProject() {
        var user = register();
        setGoal(user, "{\"targetWeight\": 75}");

        var stats = ok(api.get(STATS, user.accessToken()));

        assertThat(stats.path("projection").path("status").asString()).isEqualTo("not_enough_data");
        assertDecimal(stats.path("goal"), "targetWeight", "75");
        assertThat(stats.path("goal").path("progressPercent").isNull()).isTrue();
    }

    // --- chart

    @Test
    void chartOfTheLastThirtyDaysByDefault() {
        var user = twoWeeksWithAGoalAndAHeight();

        var chart = ok(api.get(CHART, user.accessToken()));

        assertThat(chart.path("period").asString()).isEqualTo("30d");
        assertThat(chart.path("from").asString()).isEqualTo(today.minusDays(29).toString());
        assertThat(chart.path("to").asString()).isEqualTo(today.toString());
        assertThat(chart.path("maxPointsPerSeries").asInt()).isEqualTo(400);
        var weights = chart.path("weights");
        assertThat(weights).hasSize(10);
        assertThat(weights.get(0).path("recordedAt").asString()).isEqualTo(day(0, 7).toString());
        assertThat(weights.get(0).path("weight").asDouble()).isEqualTo(100.0);
        var trend = chart.path("trend");
        assertThat(trend).hasSize(9);
        assertThat(trend.get(0).path("date").asString()).isEqualTo(today.minusDays(14).toString());
        assertThat(trend.get(0).path("weight").asDouble()).isEqualTo(99.5);
        assertThat(trend.get(8).path("weight").asDouble()).isEqualTo(97.43);
        assertThat(chart.path("goal").path("targetWeight").asDouble()).isEqualTo(90.0);
        assertThat(chart.path("bmi")).hasSize(9);
        assertThat(chart.path("bmi").get(8).path("value").asDouble()).isEqualTo(30.1);
    }

    @Test
    void chartProjectsFromTodaysTrendToTheExpectedDate() {
        var user = twoWeeksWithAGoalAndAHeight();

        var projection = ok(api.get(CHART, user.accessToken())).path("projection");

        assertThat(projection.path("status").asString()).isEqualTo("on_track");
        assertThat(projection.path("points")).hasSize(2);
        assertThat(projection.path("points").get(0).path("date").asString()).isEqualTo(today.toString());
        assertThat(projection.path("points").get(0).path("weight").asDouble()).isEqualTo(97.43);
        assertThat(projection.path("points").get(1).path("date").asString()).isEqualTo(today.plusDays(47).toString());
        assertThat(projection.path("points").get(1).path("weight").asDouble()).isEqualTo(90.0);
        assertThat(projection.path("earliestDate").asString()).isEqualTo(today.plusDays(43).toString());
    }

    @Test
    void aShortPeriodStillShowsTheTrendOfTheWholeHistory() {
        var user = twoWeeksWithAGoalAndAHeight();

        var chart = ok(api.get(CHART + "?period=7d&unit=kg", user.accessToken()));

        // days 8, 9, 10, 11 and 14 of the two weeks; day 8's trend remembers days 0 to 7: 98.4388
        assertThat(chart.path("from").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(chart.path("weights")).hasSize(5);
        assertThat(chart.path("trend")).hasSize(5);
        assertThat(chart.path("trend").get(0).path("date").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(chart.path("trend").get(0).path("weight").asDouble()).isEqualTo(98.44);
    }

    @Test
    void chartInTheUnitAskedFor() {
        var user = twoWeeksWithAGoalAndAHeight();

        var chart = ok(api.get(CHART + "?unit=lb", user.accessToken()));

        assertThat(chart.path("unit").asString()).isEqualTo("lb");
        assertThat(chart.path("weights").get(0).path("weight").asDouble()).isEqualTo(220.46);
        assertThat(chart.path("trend").get(8).path("weight").asDouble()).isEqualTo(214.8);
        assertThat(chart.path("goal").path("targetWeight").asDouble()).isEqualTo(198.42);
        // BMI stays BMI
        assertThat(chart.path("bmi").get(8).path("value").asDouble()).isEqualTo(30.1);
    }

    @Test
    void daysAreTheUsersLocalDays() {
        var user = register();
        assertThat(api.patch("/v1/users/me", body("timeZone", "America/New_York"), user.accessToken()).status())
                .isEqualTo(200);
        // 03:00 UTC is the previous evening in New York; 11:00 UTC is this morning there
        weighIn(user, today.atTime(3, 0).toInstant(ZoneOffset.UTC), body("weight", 80));
        weighIn(user, today.atTime(11, 0).toInstant(ZoneOffset.UTC), body("weight", 82));

        var trend = ok(api.get(CHART + "?period=7d", user.accessToken())).path("trend");
        var stats = ok(api.get(STATS, user.accessToken()));

        assertThat(trend).hasSize(2);
        assertThat(trend.get(0).path("date").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(trend.get(1).path("date").asString()).isEqualTo(today.toString());
        assertThat(trend.get(1).path("weight").asDouble()).isEqualTo(80.2);
        assertThat(stats.path("consistency").path("daysWithWeighIn").asInt()).isEqualTo(2);
    }

    @Test
    void aLongHistoryIsDownsampledWithoutLosingItsExtremes() {
        var user = register();
        var owner = new UserId(UUID.fromString(user.id()));
        var days = 3 * 365;
        var batch = new ArrayList<WeightEntry>();
        for (var day = 0; day < days; day++) {
            var kg = day == 500 ? "61.00" : day == 800 ? "140.00" : BigDecimal.valueOf(100 - day * 0.02 + (day % 7) * 0.3)
                    .setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            var at = today.minusDays(days - 1 - day).atTime(LocalTime.of(7, 0)).toInstant(ZoneOffset.UTC);
            batch.add(WeightEntry.imported(new WeightEntryId(UUID.randomUUID()), owner,
                    WeighIn.of(new BigDecimal(kg), MassUnit.KG, null, at, null, null, null, null), "test",
                    clock.instant()));
        }
        assertThat(entries.addAllNew(batch)).isEqualTo(days);

        var all = ok(api.get(CHART + "?period=all", user.accessToken()));
        var year = ok(api.get(CHART + "?period=1y", user.accessToken()));

        var weights = all.path("weights");
        assertThat(weights.size()).isBetween(300, 400);
        assertThat(all.path("trend").size()).isBetween(300, 400);
        var values = new ArrayList<Double>();
        weights.forEach(point -> values.add(point.path("weight").asDouble()));
        assertThat(values).contains(61.0, 140.0);
        assertThat(weights.get(0).path("recordedAt").asString()).isEqualTo(batch.get(0).weighIn().recordedAt().toString());
        assertThat(weights.get(weights.size() - 1).path("recordedAt").asString())
                .isEqualTo(batch.get(days - 1).weighIn().recordedAt().toString());
        assertThat(all.path("from").asString()).isEqualTo(today.minusDays(days - 1).toString());
        assertThat(year.path("weights").size()).isEqualTo(365);
        assertThat(ok(api.get(STATS, user.accessToken())).path("entries").asInt()).isEqualTo(days);
    }

    // --- bad requests

    @Test
    void unknownUnitIsAValidationError() {
        var user = register();

        var response = api.get(STATS + "?unit=stones", user.accessToken());

        assertThat(validationFields(response)).containsExactly("unit");
    }

    @Test
    void unknownPeriodAndUnitAreReportedTogether() {
        var user = register();

        var response = api.get(CHART + "?period=2w&unit=grams", user.accessToken());

        assertThat(validationFields(response)).containsExactly("period", "unit");
        assertThat(response.error().path("details").get(0).path("message").asString())
                .isEqualTo("period must be one of: 7d, 30d, 90d, 1y, all");
    }

    @Test
    void withoutATokenThereAreNoNumbers() {
        for (var path : List.of(STATS, CHART)) {
            var response = api.get(path, null);

            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.error().path("code").asString()).as(path).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void theLiteralPathsWinOverAnEntryId() {
        var user = register();

        assertThat(api.get(STATS, user.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(CHART, user.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/v1/weight-entries/" + UUID.randomUUID(), user.accessToken()).status()).isEqualTo(404);
        assertThat(validationFields(api.get("/v1/weight-entries/statistics", user.accessToken())))
                .containsExactly("entryId");
    }

    // --- helpers

    // --- a weigh-in dated ahead (allowed up to 24 h) counts at once, in every figure alike

    @Test
    void aWeighInDatedAheadCountsInEveryFigureAndTheChartReachesItsDay() {
        var user = twoWeeksWithAGoalAndAHeight();
        var tomorrow = today.plusDays(1);
        weighIn(user, tomorrow.atTime(8, 0).toInstant(ZoneOffset.UTC), body("weight", "96.0"));

        var stats = ok(api.get(STATS, user.accessToken()));
        var chart = ok(api.get(CHART, user.accessToken()));

        // the trend: 97.4301 + 0.1 × (96 − 97.4301) = 97.2871; a day ago it stood at day 11's 97.7759
        assertDecimal(stats, "trendWeight", "97.29");
        assertDecimal(stats.path("change"), "day", "-0.49");
        assertThat(stats.path("weeklyRate").path("daysWithData").asInt()).isEqualTo(9);
        assertThat(stats.path("consistency").path("daysWithWeighIn").asInt()).isEqualTo(10);
        assertThat(chart.path("to").asString()).isEqualTo(tomorrow.toString());
        var trend = chart.path("trend");
        assertThat(trend.get(trend.size() - 1).path("date").asString()).isEqualTo(tomorrow.toString());
        var projection = chart.path("projection").path("points");
        assertThat(projection.get(0).path("date").asString()).isEqualTo(today.toString());
        assertThat(projection.get(0).path("weight").asDouble()).isEqualTo(97.29);
    }

    /** Ten weigh-ins over days 0 to 14 (today), a goal of 90 kg set before them, a height of 180 cm. */
    private TestUser twoWeeksWithAGoalAndAHeight() {
        var user = register();
        assertThat(api.patch("/v1/users/me", body("heightCm", 180), user.accessToken()).status()).isEqualTo(200);
        setGoal(user, "{\"targetWeight\": 90}");
        weighIn(user, day(0, 7), body("weight", "100.0"));
        weighIn(user, day(0, 20), body("weight", "99.0"));
        weighIn(user, day(1, 7), body("weight", "99.0"));
        weighIn(user, day(3, 7), body("weight", "98.0"));
        weighIn(user, day(7, 7), body("weight", "97.5"));
        weighIn(user, day(8, 7), body("weight", "97.0"));
        weighIn(user, day(9, 7), body("weight", "96.0"));
        weighIn(user, day(10, 7), body("weight", "96.2"));
        weighIn(user, day(11, 7), body("weight", "95.8"));
        weighIn(user, day(14, 7), body("weight", "96.5"));
        return user;
    }

    private void setGoal(TestUser user, String json) {
        var response = api.send(api.request("/v1/goal", user.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** Day {@code day} of the two weeks (14 is today) at that hour, UTC. */
    private Instant day(int day, int hour) {
        return today.minusDays(14 - day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private void weighIn(TestUser user, Instant at, Map<String, Object> fields) {
        fields.put("recordedAt", at.toString());
        var response = api.post("/v1/weight-entries", fields, user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        return response.data();
    }

    private static List<String> validationFields(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        var fields = new ArrayList<String>();
        response.error().path("details").forEach(detail -> fields.add(detail.path("field").asString()));
        return fields;
    }

    private static void assertDecimal(JsonNode node, String field, String expected) {
        assertThat(node.path(field).isNumber()).as(field + " in " + node).isTrue();
        assertThat(node.path(field).decimalValue()).as(field).isEqualByComparingTo(expected);
    }
}
