package com.weighttracker.tracking.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.domain.analysis.GoalProjection;

/**
 * The owner's chart over a period ending today: weigh-ins, trend, goal line, projection and BMI.
 * Masses in {@code unit} (stones as decimal stones). Long periods are downsampled to at most
 * {@code maxPointsPerSeries} points a series; each bucket of points keeps its lowest and highest,
 * so no extreme disappears.
 *
 * @param from the period's first local day; for "all" the first day with a weigh-in (null without any)
 * @param to today, in the user's zone, or the day of a weigh-in dated ahead of today (it counts at once)
 * @param weights the weigh-ins themselves
 * @param trend the trend on each day with weigh-ins
 * @param goal the goal's target, null without a goal
 * @param projection from today's trend to the goal, points only when on track
 * @param bmi of the trend, on the same days; empty without a height in the profile
 */
public record ProgressChartView(MassUnit unit, String period, LocalDate from, LocalDate to, int maxPointsPerSeries,
        List<WeightPoint> weights, List<TrendPoint> trend, GoalLine goal, ProjectionLine projection,
        List<BmiPoint> bmi) {

    public ProgressChartView {
        weights = List.copyOf(weights);
        trend = List.copyOf(trend);
        bmi = List.copyOf(bmi);
    }

    public record WeightPoint(Instant recordedAt, double weight) {
    }

    public record TrendPoint(LocalDate date, double weight) {
    }

    public record BmiPoint(LocalDate date, double value) {
    }

    public record GoalLine(double targetWeight, LocalDate targetDate) {
    }

    /**
     * @param points today's trend and the target on the expected date; empty unless on track
     */
    public record ProjectionLine(GoalProjection.Status status,
            List<TrendPoint> points, LocalDate earliestDate, LocalDate latestDate) {

        public ProjectionLine {
            points = List.copyOf(points);
        }
    }
}
