package com.weighttracker.tracking.domain.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import com.weighttracker.tracking.domain.Goal;

/**
 * One user's weigh-ins seen from today: the daily series in their time zone, the trend, the
 * weekly rate and the goal projection. Statistics and charts are read from it.
 */
public final class WeightAnalysis {

    private final Measurements measurements;
    private final DailySeries daily;
    private final Trend trend;
    private final WeeklyRate weeklyRate;
    private final GoalProjection.Target target;
    private final GoalProjection projection;
    private final LocalDate today;

    private WeightAnalysis(Measurements measurements, DailySeries daily, Trend trend, WeeklyRate weeklyRate,
            GoalProjection.Target target, GoalProjection projection, LocalDate today) {
        this.measurements = measurements;
        this.daily = daily;
        this.trend = trend;
        this.weeklyRate = weeklyRate;
        this.target = target;
        this.projection = projection;
        this.today = today;
    }

    /**
     * @param measurements the user's weigh-ins; for the statistics their whole history
     * @param zone the user's time zone: it decides which local day a weigh-in belongs to
     * @param today the user's local date
     * @param goal the user's goal, or null
     */
    public static WeightAnalysis of(Measurements measurements, ZoneId zone, LocalDate today, Goal goal) {
        Objects.requireNonNull(today, "today");
        var daily = DailySeries.of(measurements, zone);
        var trend = Trend.of(daily);
        var rate = WeeklyRate.of(trend, today);
        var target = goal == null ? null
                : GoalProjection.Target.of(goal, measurements.isEmpty() ? Double.NaN : measurements.kilograms(0));
        var projection = GoalProjection.of(Optional.ofNullable(target), trend.latest(), rate, today);
        return new WeightAnalysis(measurements, daily, trend, rate.orElse(null), target, projection, today);
    }

    /**
     * The trend after the latest day with a weigh-in, as the statistics show it (a weigh-in dated
     * ahead of today counts at once); empty without weigh-ins.
     */
    public static OptionalDouble currentTrend(Measurements measurements, ZoneId zone) {
        return Trend.of(DailySeries.of(measurements, zone)).latest();
    }

    /**
     * Tells {@code goal} where the trend of these weigh-ins stands now, so that its {@code reachedAt}
     * follows the rule of the statistics' "reached" (ADR 9).
     *
     * @param measurements the user's whole history, after the change
     * @param at when the change to the weigh-ins was seen (the goal watcher: about a second after it)
     * @return whether the goal changed and must be saved
     */
    public static boolean observe(Goal goal, Measurements measurements, ZoneId zone, Instant at) {
        var trend = currentTrend(measurements, zone);
        return trend.isPresent() && goal.observe(trend.getAsDouble(), measurements.kilograms(0), at);
    }

    public ProgressStatistics statistics(BigDecimal heightCm) {
        return ProgressStatistics.of(this, heightCm);
    }

    public Measurements measurements() {
        return measurements;
    }

    public DailySeries daily() {
        return daily;
    }

    public Trend trend() {
        return trend;
    }

    public Optional<WeeklyRate> weeklyRate() {
        return Optional.ofNullable(weeklyRate);
    }

    public Optional<GoalProjection.Target> target() {
        return Optional.ofNullable(target);
    }

    public GoalProjection projection() {
        return projection;
    }

    public LocalDate today() {
        return today;
    }
}
