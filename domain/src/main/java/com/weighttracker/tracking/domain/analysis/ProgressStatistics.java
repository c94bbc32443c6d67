package com.weighttracker.tracking.domain.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.weighttracker.shared.Mass;
import com.weighttracker.tracking.domain.Bmi;

/**
 * Everything FR-2.3 and FR-7.1 ask to know about one's progress, in kilograms. Values that need
 * data the user does not have yet are null (never zero, which would be a claim).
 *
 * @param entries how many weigh-ins there are
 * @param startKg the first weigh-in
 * @param currentKg the latest weigh-in
 * @param totalChangeKg latest minus first weigh-in; negative is a loss
 * @param trendKg the trend after the latest day with data
 * @param changes how much the trend moved over the last day, week and month
 * @param weeklyRate the trend's slope over the last 14 days, null when there are too few weigh-ins
 * @param goal the goal and how far along the trend is, null without a goal
 * @param projection when the trend reaches the goal
 * @param bmi of the trend weight, null without a height
 * @param bestWeek the calendar week the trend moved most toward the goal (losing, without a goal)
 * @param worstWeek the calendar week it moved least toward it, or most away
 * @param averageWeeklyLossKg the trend's fall per week over the whole history (negative: a gain);
 *        null over less than a week
 * @param consistency days with a weigh-in among the last 30 local days
 * @param bodyComposition first and latest known body fat %, muscle mass (kg) and water %
 */
public record ProgressStatistics(int entries, Instant firstRecordedAt, Instant latestRecordedAt, Double startKg,
        Double currentKg, Double minKg, Double maxKg, Double totalChangeKg, Double trendKg, Changes changes,
        WeeklyRate weeklyRate, GoalProgress goal, GoalProjection projection, Bmi bmi, WeekChange bestWeek,
        WeekChange worstWeek, Double averageWeeklyLossKg, Consistency consistency, BodyComposition bodyComposition) {

    public ProgressStatistics {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(bodyComposition, "bodyComposition");
    }

    /**
     * How much the trend moved to now (the trend weight) from the same local date one day, seven days
     * and thirty days before today (the trend holds its value between weigh-ins). The trend, not single weigh-ins:
     * a day's change is then a tenth of the day's surprise, not the water of one evening. Null
     * when there was no weigh-in on or before that earlier date.
     */
    public record Changes(Double dayKg, Double weekKg, Double monthKg) {

        static final int DAY = 1;
        static final int WEEK = 7;
        static final int MONTH = 30;
    }

    /**
     * @param startKg where the goal started: the goal's start weight, or the first weigh-in when the goal
     *        has none; null without weigh-ins
     * @param progressPercent how much of the way from start to target the trend has come, 0 to 100; null
     *        without weigh-ins or when start and target are the same
     */
    public record GoalProgress(double targetKg, Double startKg, Double progressPercent) {
    }

    /** Null members were never measured. */
    public record BodyComposition(CompositionChange bodyFatPercentage, CompositionChange muscleKg,
            CompositionChange waterPercentage) {
    }

    static ProgressStatistics of(WeightAnalysis analysis, BigDecimal heightCm) {
        var measurements = analysis.measurements();
        var trend = analysis.trend();
        var today = analysis.today();
        var consistency = Consistency.of(analysis.daily(), today);
        var goal = goalProgress(analysis);
        var bodyComposition = new BodyComposition(
                CompositionChange.of(measurements, Measurements::bodyFatPercentage),
                CompositionChange.of(measurements, Measurements::muscleKilograms),
                CompositionChange.of(measurements, Measurements::waterPercentage));
        var n = measurements.size();
        if (n == 0) {
            return new ProgressStatistics(0, null, null, null, null, null, null, null, null,
                    new Changes(null, null, null), null, goal, analysis.projection(), null, null, null, null,
                    consistency, bodyComposition);
        }
        var min = Double.MAX_VALUE;
        var max = -Double.MAX_VALUE;
        for (var i = 0; i < n; i++) {
            min = Math.min(min, measurements.kilograms(i));
            max = Math.max(max, measurements.kilograms(i));
        }
        var start = measurements.kilograms(0);
        var current = measurements.kilograms(n - 1);
        var trendKg = trend.latest().getAsDouble();
        var changes = new Changes(changeOver(trend, today, Changes.DAY), changeOver(trend, today, Changes.WEEK),
                changeOver(trend, today, Changes.MONTH));
        var gain = analysis.target().map(GoalProjection.Target::gain).orElse(false);
        var weeks = weekChanges(trend);
        WeekChange best = null;
        WeekChange worst = null;
        for (var week : weeks) {
            var towardGoal = gain ? week.kilograms() : -week.kilograms();
            if (best == null || towardGoal > (gain ? best.kilograms() : -best.kilograms())) {
                best = week;
            }
            if (worst == null || towardGoal < (gain ? worst.kilograms() : -worst.kilograms())) {
                worst = week;
            }
        }
        var bmi = heightCm == null ? null : Bmi.of(Mass.kilograms(trendKg), heightCm);
        return new ProgressStatistics(n, measurements.instant(0), measurements.instant(n - 1), start, current, min,
                max, current - start, trendKg, changes, analysis.weeklyRate().orElse(null), goal,
                analysis.projection(), bmi, best, worst, averageWeeklyLoss(trend), consistency, bodyComposition);
    }

    private static GoalProgress goalProgress(WeightAnalysis analysis) {
        if (analysis.target().isEmpty()) {
            return null;
        }
        var target = analysis.target().get().kilograms();
        var startKg = analysis.target().get().startKilograms();
        var trend = analysis.trend().latest();
        if (Double.isNaN(startKg)) {
            return new GoalProgress(target, null, null);
        }
        Double progress = null;
        if (trend.isPresent() && Math.abs(startKg - target) > 1e-9) {
            var share = (startKg - trend.getAsDouble()) / (startKg - target) * 100;
            progress = Math.max(0, Math.min(100, share));
        }
        return new GoalProgress(target, startKg, progress);
    }

    /** The trend now (a weigh-in dated ahead of today counts at once) minus the trend {@code days} before today. */
    private static Double changeOver(Trend trend, LocalDate today, int days) {
        var now = trend.latest();
        var then = trend.on(today.minusDays(days));
        return now.isPresent() && then.isPresent() ? now.getAsDouble() - then.getAsDouble() : null;
    }

    /**
     * The trend's change in each calendar week with data: from the trend before the week (the last
     * day with data before its Monday) to its last day with data. The first week counts from the
     * first weigh-in; when that is its only day it has no change to tell and is left out.
     */
    static List<WeekChange> weekChanges(Trend trend) {
        var weeks = new ArrayList<WeekChange>();
        var i = 0;
        while (i < trend.size()) {
            var monday = monday(trend.epochDay(i));
            var last = i;
            while (last + 1 < trend.size() && monday(trend.epochDay(last + 1)) == monday) {
                last++;
            }
            var before = i == 0 ? trend.value(0) : trend.value(i - 1);
            if (last > 0) {
                weeks.add(new WeekChange(LocalDate.ofEpochDay(monday), trend.value(last) - before));
            }
            i = last + 1;
        }
        return weeks;
    }

    private static long monday(long epochDay) {
        // epoch day 0, 1970-01-01, was a Thursday
        return epochDay - Math.floorMod(epochDay + 3, 7);
    }

    private static Double averageWeeklyLoss(Trend trend) {
        var last = trend.size() - 1;
        var span = trend.epochDay(last) - trend.epochDay(0);
        if (span < 7) {
            return null;
        }
        return (trend.value(0) - trend.value(last)) / span * 7;
    }
}
