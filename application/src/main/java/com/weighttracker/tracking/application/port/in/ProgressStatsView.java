package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.domain.Bmi;
import com.weighttracker.tracking.domain.analysis.GoalProjection;

/**
 * The owner's statistics. Masses (and changes, rates) are in {@code unit}, stones as decimal
 * stones; muscle mass in pounds when the unit is stones, as on weigh-ins. What cannot be known yet
 * is null. Negative changes are losses.
 *
 * @param startingWeight the first weigh-in
 * @param currentWeight the latest weigh-in
 * @param totalChange latest minus first weigh-in
 * @param trendWeight the smoothed trend (Hacker's Diet, α = 0.1 per day)
 * @param change how much the trend moved over the last day, 7 days and 30 days
 * @param weeklyRate the trend's slope over the last 14 days, null with fewer than 7 days of weigh-ins among them
 * @param goal null without a goal
 * @param projection when the trend reaches the goal
 * @param bmi of the trend weight; null without a height in the profile
 * @param bestWeek the calendar week (Monday to Sunday) the trend moved most toward the goal (losing, without one)
 * @param averageWeeklyLoss the trend's fall per week over the whole history; negative is a gain
 * @param consistency days with a weigh-in among the last 30 local days
 */
public record ProgressStatsView(MassUnit unit, int entries, Instant firstRecordedAt, Instant latestRecordedAt,
        BigDecimal startingWeight, BigDecimal currentWeight, BigDecimal minWeight, BigDecimal maxWeight,
        BigDecimal totalChange, BigDecimal trendWeight, Changes change, Rate weeklyRate, GoalProgress goal,
        Projection projection, BmiView bmi, Week bestWeek, Week worstWeek, BigDecimal averageWeeklyLoss,
        ConsistencyView consistency, BodyComposition bodyComposition) {

    /** Trend now minus the trend 1, 7 and 30 days ago; null when the history is shorter. */
    public record Changes(BigDecimal day, BigDecimal week, BigDecimal month) {
    }

    /** Per week, with the standard error of the slope and how many days with weigh-ins it rests on. */
    public record Rate(BigDecimal perWeek, BigDecimal standardError, int daysWithData) {
    }

    /**
     * @param startWeight the goal's start, or the first weigh-in when the goal was set before any
     * @param progressPercent how far the trend has come from start to target, 0 to 100
     */
    public record GoalProgress(BigDecimal targetWeight, LocalDate targetDate, BigDecimal startWeight,
            BigDecimal progressPercent) {
    }

    /**
     * @param expectedDate when the trend reaches the goal at its current rate (status on_track)
     * @param earliestDate at the rate plus 1.96 standard errors
     * @param latestDate at the rate minus 1.96 standard errors; null (open) when that rate does not reach the goal
     */
    public record Projection(GoalProjection.Status status, LocalDate expectedDate, LocalDate earliestDate,
            LocalDate latestDate) {

        public static Projection of(GoalProjection projection) {
            return new Projection(projection.status(), projection.expected(), projection.earliest(),
                    projection.latest());
        }
    }

    public record BmiView(BigDecimal value, Bmi.Category category) {
    }

    /** A calendar week from its Monday, and how much the trend moved in it. */
    public record Week(LocalDate weekStart, BigDecimal change) {
    }

    public record ConsistencyView(int daysWithWeighIn, int days, BigDecimal percent) {
    }

    /** Null members were never measured. */
    public record BodyComposition(Composition bodyFatPercentage, Composition muscleMass,
            Composition waterPercentage) {
    }

    public record Composition(BigDecimal first, BigDecimal latest, BigDecimal change) {
    }
}
