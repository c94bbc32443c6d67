package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How fast the trend moves: the least-squares slope of the trend values over the last
 * {@value #WINDOW_DAYS} local days (today included, and a day after it when a weigh-in is dated
 * ahead), in kilograms per week, with the slope's standard error. Negative is losing.
 *
 * <p>The standard error is the textbook one of a regression slope, {@code sqrt(SSE / (n − 2) / Sxx)}.
 * Successive trend values are not independent, so it understates the true uncertainty; it still
 * tells a steady trend from a wobbly one, which is what the projection's range needs.
 */
public record WeeklyRate(double kilogramsPerWeek, double standardError, int daysWithData) {

    public static final int WINDOW_DAYS = 14;
    /** Fewer days with weigh-ins than this in the window is not enough data for a rate. */
    public static final int MINIMUM_DAYS = 7;

    public WeeklyRate {
        if (!Double.isFinite(kilogramsPerWeek) || !(standardError >= 0) || Double.isInfinite(standardError)) {
            throw new IllegalArgumentException("a rate and its standard error are finite, the error not negative");
        }
    }

    /**
     * Empty when fewer than {@value #MINIMUM_DAYS} of the last {@value #WINDOW_DAYS} days have a weigh-in.
     * A day after today (a weigh-in dated ahead, allowed up to 24 hours) counts, as it does in the trend.
     */
    public static Optional<WeeklyRate> of(Trend trend, LocalDate today) {
        var last = trend.size() - 1;
        var firstDay = today.toEpochDay() - WINDOW_DAYS + 1;
        var first = last + 1;
        while (first > 0 && trend.epochDay(first - 1) >= firstDay) {
            first--;
        }
        var n = last - first + 1;
        if (n < MINIMUM_DAYS) {
            return Optional.empty();
        }
        // x relative to today keeps the sums small and exact enough
        var sumX = 0.0;
        var sumY = 0.0;
        for (var i = first; i <= last; i++) {
            sumX += trend.epochDay(i) - today.toEpochDay();
            sumY += trend.value(i);
        }
        var meanX = sumX / n;
        var meanY = sumY / n;
        var sxx = 0.0;
        var sxy = 0.0;
        for (var i = first; i <= last; i++) {
            var dx = trend.epochDay(i) - today.toEpochDay() - meanX;
            sxx += dx * dx;
            sxy += dx * (trend.value(i) - meanY);
        }
        var slope = sxy / sxx;
        var sse = 0.0;
        for (var i = first; i <= last; i++) {
            var residual = trend.value(i) - (meanY + slope * (trend.epochDay(i) - today.toEpochDay() - meanX));
            sse += residual * residual;
        }
        var standardError = Math.sqrt(sse / (n - 2) / sxx);
        return Optional.of(new WeeklyRate(slope * 7, standardError * 7, n));
    }

    public double kilogramsPerDay() {
        return kilogramsPerWeek / 7;
    }

    public double standardErrorPerDay() {
        return standardError / 7;
    }
}
