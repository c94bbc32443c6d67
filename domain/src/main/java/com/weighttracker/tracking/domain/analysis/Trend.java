package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The Hacker's Diet trend: an exponentially smoothed moving average of the daily masses with
 * α = 0.1 per day. Days without a weigh-in are not invented; the smoothing is time-aware instead:
 * after a gap of {@code g} days the new day weighs {@code 1 − 0.9^g}, exactly as much as if the
 * trend had been fed the same value on every missing day. The first trend value is the first
 * day's average. Between days with data the trend holds its last value.
 */
public final class Trend {

    /** The weight of one new day in the trend. */
    public static final double ALPHA = 0.1;

    private final long[] days;
    private final double[] values;

    private Trend(long[] days, double[] values) {
        this.days = days;
        this.values = values;
    }

    public static Trend of(DailySeries daily) {
        var n = daily.size();
        var days = new long[n];
        var values = new double[n];
        for (var i = 0; i < n; i++) {
            days[i] = daily.epochDay(i);
            values[i] = i == 0 ? daily.kilograms(0)
                    : values[i - 1] + smoothingFactor(days[i] - days[i - 1]) * (daily.kilograms(i) - values[i - 1]);
        }
        return new Trend(days, values);
    }

    /** A trend with these values, for tests of what is computed from a trend. */
    static Trend of(long[] epochDays, double[] values) {
        DailySeries.of(epochDays, values); // the same shape rules
        return new Trend(epochDays.clone(), values.clone());
    }

    /** How much a day {@code gapDays} after the previous day with data moves the trend: 1 − (1 − α)^gap. */
    public static double smoothingFactor(long gapDays) {
        if (gapDays < 1) {
            throw new IllegalArgumentException("days with data are at least one day apart");
        }
        return 1 - Math.pow(1 - ALPHA, gapDays);
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public long epochDay(int index) {
        return days[index];
    }

    public LocalDate date(int index) {
        return LocalDate.ofEpochDay(days[index]);
    }

    public double value(int index) {
        return values[index];
    }

    /** The trend after the latest day with data. */
    public OptionalDouble latest() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(values[values.length - 1]);
    }

    /** The trend as it stood on {@code date}: that of the last day with data on or before it; empty before the first. */
    public OptionalDouble on(LocalDate date) {
        var index = lastOnOrBefore(date.toEpochDay());
        return index < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[index]);
    }

    /** The index of the last day with data on or before {@code epochDay}, or -1. */
    public int lastOnOrBefore(long epochDay) {
        var found = java.util.Arrays.binarySearch(days, epochDay);
        return found >= 0 ? found : -found - 2;
    }
}
