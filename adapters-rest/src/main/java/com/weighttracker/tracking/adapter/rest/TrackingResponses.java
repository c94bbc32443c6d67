package com.weighttracker.tracking.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.domain.Bmi;
import com.weighttracker.tracking.domain.analysis.GoalProjection;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Response bodies of /v1/weight-entries and /v1/goal (the {@code data} of the envelope), made from the
 * use cases' views by {@link TrackingRestMapper}. Masses are exact decimals as the views compute them
 * (ADR 11); this class only decides the JSON's shape.
 */
final class TrackingResponses {

    private TrackingResponses() {
    }

    /**
     * A weigh-in as its owner sees it, in the unit they entered it in or the one they asked for. In
     * stones, {@code weight} is whole stones and {@code pounds} the rest; muscle mass is in pounds.
     */
    record WeightEntry(UUID id, BigDecimal weight, MassUnit unit,
            @Schema(nullable = true, description = "with unit st: pounds beyond whole stones, else null")
            BigDecimal pounds,
            BigDecimal weightKg, Instant recordedAt, @Schema(nullable = true) String notes,
            @Schema(nullable = true) BigDecimal bodyFatPercentage,
            @Schema(nullable = true, description = "in the unit shown, pounds when it is st") BigDecimal muscleMass,
            @Schema(nullable = true) BigDecimal waterPercentage, String source, Instant createdAt) {
    }

    /** The user's goal, in the unit they set it in. */
    record Goal(BigDecimal targetWeight, MassUnit unit,
            @Schema(nullable = true, description = "with unit st: pounds beyond whole stones, else null")
            BigDecimal targetPounds,
            BigDecimal targetWeightKg, @Schema(nullable = true) LocalDate targetDate,
            @Schema(nullable = true, description = "the trend when the goal was set, or the first weigh-in when it "
                    + "was set before any; null until there is one") BigDecimal startWeightKg,
            Instant setAt,
            @Schema(nullable = true, description = "when the goal watcher saw the trend reach the target, null until "
                    + "then") Instant reachedAt) {
    }

    /**
     * The owner's statistics. Masses (and changes, rates) are in {@code unit}, stones as decimal
     * stones; what cannot be known yet is null. Negative changes are losses.
     */
    record ProgressStats(MassUnit unit, int entries, Instant firstRecordedAt, Instant latestRecordedAt,
            BigDecimal startingWeight, BigDecimal currentWeight, BigDecimal minWeight, BigDecimal maxWeight,
            BigDecimal totalChange, BigDecimal trendWeight, Changes change, Rate weeklyRate, GoalProgress goal,
            Projection projection, BmiView bmi, Week bestWeek, Week worstWeek, BigDecimal averageWeeklyLoss,
            ConsistencyView consistency, BodyComposition bodyComposition) {

        /** Trend now minus the trend 1, 7 and 30 days ago; null when the history is shorter. */
        record Changes(BigDecimal day, BigDecimal week, BigDecimal month) {
        }

        /** Per week, with the standard error of the slope and how many days with weigh-ins it rests on. */
        record Rate(BigDecimal perWeek, BigDecimal standardError, int daysWithData) {
        }

        record GoalProgress(BigDecimal targetWeight, LocalDate targetDate, BigDecimal startWeight,
                BigDecimal progressPercent) {
        }

        record Projection(GoalProjection.Status status, LocalDate expectedDate, LocalDate earliestDate,
                LocalDate latestDate) {
        }

        record BmiView(BigDecimal value, Bmi.Category category) {
        }

        /** A calendar week from its Monday, and how much the trend moved in it. */
        record Week(LocalDate weekStart, BigDecimal change) {
        }

        record ConsistencyView(int daysWithWeighIn, int days, BigDecimal percent) {
        }

        /** Null members were never measured. */
        record BodyComposition(Composition bodyFatPercentage, Composition muscleMass, Composition waterPercentage) {
        }

        record Composition(BigDecimal first, BigDecimal latest, BigDecimal change) {
        }
    }

    /** The owner's chart over a period ending today: weigh-ins, trend, goal line, projection and BMI. */
    record ProgressChart(MassUnit unit, String period, LocalDate from, LocalDate to, int maxPointsPerSeries,
            List<WeightPoint> weights, List<TrendPoint> trend, GoalLine goal, ProjectionLine projection,
            List<BmiPoint> bmi) {

        record WeightPoint(Instant recordedAt, double weight) {
        }

        record TrendPoint(LocalDate date, double weight) {
        }

        record BmiPoint(LocalDate date, double value) {
        }

        record GoalLine(double targetWeight, LocalDate targetDate) {
        }

        record ProjectionLine(GoalProjection.Status status, List<TrendPoint> points, LocalDate earliestDate,
                LocalDate latestDate) {
        }
    }

    /** A photo's metadata; {@code url} is where its bytes are (relative to the API's origin). */
    record EntryPhoto(UUID id, UUID entryId, @Schema(example = "image/jpeg") String contentType,
            @Schema(description = "bytes") long size,
            @Schema(nullable = true, description = "pixels (null only for photos stored before decoding)")
            Integer width,
            @Schema(nullable = true, description = "pixels (null only for photos stored before decoding)")
            Integer height,
            Instant createdAt,
            @Schema(example = "/v1/weight-entries/0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01/photos/"
                    + "0190c6c4-6a11-7c1e-8b2d-4e5f6a7b8c9d") String url) {
    }

    /** What an import did; {@code rejected} lists the first refused rows, {@code rejectedCount} counts them all. */
    record ImportReport(String format, int imported, int skippedDuplicates, List<Rejection> rejected,
            int rejectedCount) {

        /** A refused row: its 1-based line in the file and what is wrong with it. */
        record Rejection(long line, String reason) {
        }
    }
}
