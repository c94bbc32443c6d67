package com.weighttracker.tracking.domain.analysis;

import static com.weighttracker.tracking.domain.analysis.Weighings.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.Bmi;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.analysis.GoalProjection.Status;

/**
 * Two weeks and a day of weigh-ins, hand-computed (trend by day: 0 → 99.5, 1 → 99.45, 3 → 99.1745,
 * 7 → 98.59863945, 8 → 98.438775505, 9 → 98.1948979545, 10 → 97.99540815905, 11 → 97.775867343145,
 * 14 → 97.4301072931527).
 */
class ProgressStatisticsTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final BigDecimal HEIGHT = new BigDecimal("180");
    private static final double TREND_NOW = 97.4301072931527;

    private static Goal goal(double target, Double start) {
        return Goal.restore(new UserId(UUID.randomUUID()), Mass.kilograms(target), MassUnit.KG, null,
                start == null ? null : Mass.kilograms(start), Instant.parse("2026-01-01T00:00:00Z"), null);
    }

    private static Measurements history() {
        return Weighings.utc()
                .at(MONDAY, LocalTime.of(7, 0), 100.0)
                .at(MONDAY, LocalTime.of(20, 0), 99.0)
                .day(1, 99.0)
                .day(3, 98.0)
                .day(7, 97.5)
                .day(8, 97.0)
                .day(9, 96.0)
                .day(10, 96.2)
                .day(11, 95.8)
                .day(14, 96.5)
                .measurements();
    }

    private static ProgressStatistics statistics(Measurements measurements, Goal goal, BigDecimal height) {
        return WeightAnalysis.of(measurements, Weighings.UTC, MONDAY.plusDays(14), goal).statistics(height);
    }

    @Test
    void startCurrentMinMaxAndTotalChangeComeFromTheWeighInsThemselves() {
        var stats = statistics(history(), null, null);

        assertThat(stats.entries()).isEqualTo(10);
        assertThat(stats.startKg()).isEqualTo(100.0);
        assertThat(stats.currentKg()).isEqualTo(96.5);
        assertThat(stats.minKg()).isEqualTo(95.8);
        assertThat(stats.maxKg()).isEqualTo(100.0);
        assertThat(stats.totalChangeKg()).isCloseTo(-3.5, EXACT);
        assertThat(stats.firstRecordedAt()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(stats.latestRecordedAt()).isEqualTo(Instant.parse("2026-03-16T07:00:00Z"));
    }

    @Test
    void trendWeightIsTheSmoothedAverage() {
        assertThat(statistics(history(), null, null).trendKg()).isCloseTo(TREND_NOW, EXACT);
    }

    @Test
    void changesOverADayAndAWeekCompareTheTrendWithTheTrendThen() {
        var changes = statistics(history(), null, null).changes();

        // day 13 holds day 11's trend; day 7 has its own
        assertThat(changes.dayKg()).isCloseTo(TREND_NOW - 97.775867343145, EXACT);
        assertThat(changes.weekKg()).isCloseTo(TREND_NOW - 98.59863945, EXACT);
    }

    @Test
    void changeOverAMonthIsUnknownWhenTheHistoryIsShorter() {
        assertThat(statistics(history(), null, null).changes().monthKg()).isNull();
    }

    @Test
    void weeklyRateIsTheTrendSlopeOverTheLastFourteenDays() {
        // days 1, 3, 7, 8, 9, 10, 11 and 14 lie in the window
        var rate = statistics(history(), null, null).weeklyRate();

        assertThat(rate.daysWithData()).isEqualTo(8);
        assertThat(rate.kilogramsPerWeek()).isCloseTo(-1.1292439197725752, EXACT);
        assertThat(rate.standardError()).isCloseTo(0.04202518921823196, EXACT);
    }

    @Test
    void projectsTheGoalWithARange() {
        // 7.4301 kg to go at 1.12924 kg/week ± 1.96 × 0.04203: 47 days, between 43 and 50
        var stats = statistics(history(), goal(90, 100.0), null);

        assertThat(stats.projection().status()).isEqualTo(Status.ON_TRACK);
        assertThat(stats.projection().expected()).isEqualTo(MONDAY.plusDays(14 + 47));
        assertThat(stats.projection().earliest()).isEqualTo(MONDAY.plusDays(14 + 43));
        assertThat(stats.projection().latest()).isEqualTo(MONDAY.plusDays(14 + 50));
    }

    @Test
    void goalProgressRunsFromTheGoalsStartToItsTargetOnTheTrend() {
        // (100 − 97.4301) / (100 − 90) = 25.70 %
        var goal = statistics(history(), goal(90, 100.0), null).goal();

        assertThat(goal.targetKg()).isEqualTo(90);
        assertThat(goal.startKg()).isEqualTo(100);
        assertThat(goal.progressPercent()).isCloseTo(25.698927068472983, EXACT);
    }

    @Test
    void goalProgressStartsAtTheFirstWeighInWhenTheGoalsStartIsUnknown() {
        // first weigh-in 100.0; (100 − 97.4301) / (100 − 95) = 51.40 %
        var goal = statistics(history(), goal(95, null), null).goal();

        assertThat(goal.startKg()).isEqualTo(100);
        assertThat(goal.progressPercent()).isCloseTo(51.397854136945966, EXACT);
    }

    @Test
    void goalProgressStaysBetweenZeroAndOneHundred() {
        assertThat(statistics(history(), goal(98, 110.0), null).goal().progressPercent()).isEqualTo(100);
        assertThat(statistics(history(), goal(90, 95.0), null).goal().progressPercent()).isZero();
    }

    @Test
    void bmiOfTheTrendWeightWithItsWhoCategory() {
        // 97.4301 / 1.8² = 30.07 → 30.1, obese
        var bmi = statistics(history(), null, HEIGHT).bmi();

        assertThat(bmi.value()).isEqualByComparingTo("30.1");
        assertThat(bmi.category()).isEqualTo(Bmi.Category.OBESE);
        assertThat(statistics(history(), null, null).bmi()).isNull();
    }

    @Test
    void bestAndWorstCalendarWeeksByTrendChange() {
        // weeks from Monday: 2 March −0.3255 (day 0 to 3), 9 March −1.3986 (day 3 to 11), 16 March −0.3458
        var stats = statistics(history(), null, null);

        assertThat(stats.bestWeek().weekStart()).isEqualTo(MONDAY.plusDays(7));
        assertThat(stats.bestWeek().kilograms()).isCloseTo(-1.398632656855014, EXACT);
        assertThat(stats.worstWeek().weekStart()).isEqualTo(MONDAY);
        assertThat(stats.worstWeek().kilograms()).isCloseTo(-0.325499999999991, EXACT);
    }

    @Test
    void forAGainGoalTheBestWeekIsTheOneThatGainedMost() {
        var stats = statistics(history(), goal(110, 95.0), null);

        assertThat(stats.bestWeek().weekStart()).isEqualTo(MONDAY);
        assertThat(stats.worstWeek().weekStart()).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void averageWeeklyLossIsTheTrendsFallOverTheWholeHistory() {
        // (99.5 − 97.4301) / 14 days × 7
        assertThat(statistics(history(), null, null).averageWeeklyLossKg()).isCloseTo(1.0349463534236492, EXACT);
    }

    @Test
    void averageWeeklyLossNeedsAWeekOfHistory() {
        var sixDays = Weighings.utc().day(0, 90).day(6, 89).measurements();

        assertThat(WeightAnalysis.of(sixDays, Weighings.UTC, MONDAY.plusDays(6), null).statistics(null)
                .averageWeeklyLossKg()).isNull();
    }

    @Test
    void consistencyIsTheShareOfTheLastThirtyLocalDaysWithAWeighIn() {
        // 9 days with data, all within the last 30; two weigh-ins on day 0 count once
        var consistency = statistics(history(), null, null).consistency();

        assertThat(consistency.daysWithWeighIn()).isEqualTo(9);
        assertThat(consistency.days()).isEqualTo(30);
        assertThat(consistency.percent()).isCloseTo(30.0, EXACT);
    }

    @Test
    void consistencyForgetsDaysOlderThanThirty() {
        var measurements = Weighings.utc().day(0, 90).day(1, 90).day(30, 90).measurements();

        var consistency = WeightAnalysis.of(measurements, Weighings.UTC, MONDAY.plusDays(30), null).statistics(null)
                .consistency();

        assertThat(consistency.daysWithWeighIn()).isEqualTo(2);
    }

    @Test
    void aWeighInDatedAheadCountsInTheChangesRateAndConsistencyAsInTheTrend() {
        // day 15 is tomorrow: the trend after it is 97.4301 + 0.1 × (96 − 97.4301)
        var ahead = Measurements.concat(history(), Weighings.utc().day(15, 96.0).measurements());

        var stats = statistics(ahead, goal(90, 100.0), null);

        var trend = TREND_NOW + Trend.smoothingFactor(1) * (96.0 - TREND_NOW);
        assertThat(stats.trendKg()).isCloseTo(trend, EXACT);
        assertThat(stats.changes().dayKg()).isCloseTo(trend - 97.775867343145, EXACT);
        assertThat(stats.changes().weekKg()).isCloseTo(trend - 98.59863945, EXACT);
        assertThat(stats.weeklyRate().daysWithData()).isEqualTo(9);
        assertThat(stats.consistency().daysWithWeighIn()).isEqualTo(10);
        assertThat(stats.goal().progressPercent()).isCloseTo((100 - trend) / 10 * 100, EXACT);
    }

    @Test
    void aFirstWeekHoldingOnlyTheFirstWeighInHasNoChangeToTell() {
        // Sunday, then a week of weigh-ins: the first calendar week holds only the first weigh-in
        var measurements = Weighings.utc().day(-1, 100).day(0, 99).day(3, 98).measurements();

        var weeks = ProgressStatistics.weekChanges(Trend.of(DailySeries.of(measurements, Weighings.UTC)));

        assertThat(weeks).extracting(WeekChange::weekStart).containsExactly(MONDAY);
    }

    @Test
    void bodyCompositionComparesTheFirstAndLatestKnownValues() {
        var measurements = Weighings.utc()
                .withComposition(0, 90, 30, 40, 50)
                .day(1, 89.5)
                .withComposition(7, 89, 29, Double.NaN, 51)
                .withComposition(9, 88.5, 28.5, 40.5, Double.NaN)
                .day(10, 88)
                .measurements();

        var composition = WeightAnalysis.of(measurements, Weighings.UTC, MONDAY.plusDays(10), null).statistics(null)
                .bodyComposition();

        assertThat(composition.bodyFatPercentage()).isEqualTo(new CompositionChange(30, 28.5));
        assertThat(composition.bodyFatPercentage().change()).isCloseTo(-1.5, EXACT);
        assertThat(composition.muscleKg()).isEqualTo(new CompositionChange(40, 40.5));
        assertThat(composition.waterPercentage()).isEqualTo(new CompositionChange(50, 51));
        assertThat(statistics(history(), null, null).bodyComposition().bodyFatPercentage()).isNull();
    }

    @Test
    void withoutWeighInsEverythingIsUnknownButNothingFails() {
        var stats = WeightAnalysis.of(Measurements.none(), Weighings.UTC, MONDAY, goal(80, null)).statistics(HEIGHT);

        assertThat(stats.entries()).isZero();
        assertThat(stats.startKg()).isNull();
        assertThat(stats.currentKg()).isNull();
        assertThat(stats.trendKg()).isNull();
        assertThat(stats.changes().weekKg()).isNull();
        assertThat(stats.weeklyRate()).isNull();
        assertThat(stats.bmi()).isNull();
        assertThat(stats.bestWeek()).isNull();
        assertThat(stats.averageWeeklyLossKg()).isNull();
        assertThat(stats.consistency().daysWithWeighIn()).isZero();
        assertThat(stats.goal().targetKg()).isEqualTo(80);
        assertThat(stats.goal().progressPercent()).isNull();
        assertThat(stats.projection().status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(WeightAnalysis.of(Measurements.none(), Weighings.UTC, MONDAY, null).statistics(null).projection()
                .status()).isEqualTo(Status.NO_GOAL);
    }
}
