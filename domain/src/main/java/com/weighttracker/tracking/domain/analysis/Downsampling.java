package com.weighttracker.tracking.domain.analysis;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Bounds a chart series without hiding its extremes: the points are cut into buckets of equal
 * count and each bucket keeps its lowest and its highest point, in time order. The first and the
 * last point always stay (where the line starts, where the user is now). A series no longer than
 * the bound is kept whole.
 */
public final class Downsampling {

    /** The smallest bound that leaves room for one bucket besides the first and last point. */
    public static final int MINIMUM_POINTS = 4;

    private Downsampling() {
    }

    /**
     * The indices in [{@code from}, {@code to}) of {@code values} to keep, ascending, at most {@code maxPoints}.
     */
    public static int[] minMax(double[] values, int from, int to, int maxPoints) {
        if (from < 0 || to > values.length || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + values.length);
        }
        return minMax(index -> values[index], from, to, maxPoints);
    }

    /**
     * The same over values read by index ({@code Measurements::kilograms}, {@code Trend::value}), which
     * must be valid for every index in [{@code from}, {@code to}).
     */
    public static int[] minMax(IntToDoubleFunction values, int from, int to, int maxPoints) {
        if (maxPoints < MINIMUM_POINTS) {
            throw new IllegalArgumentException("keep at least " + MINIMUM_POINTS + " points");
        }
        if (from < 0 || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ")");
        }
        var n = to - from;
        if (n <= maxPoints) {
            var all = new int[n];
            Arrays.setAll(all, i -> from + i);
            return all;
        }
        var kept = new int[maxPoints];
        var size = 0;
        kept[size++] = from;
        // the interior (without the first and last point) in buckets of (almost) equal count
        var interiorStart = from + 1;
        var interior = n - 2;
        var buckets = (maxPoints - 2) / 2;
        for (var b = 0; b < buckets; b++) {
            var start = interiorStart + (int) ((long) b * interior / buckets);
            var end = interiorStart + (int) ((long) (b + 1) * interior / buckets);
            // every bucket holds at least two points: interior ≥ maxPoints − 1 ≥ 2 × buckets + 1
            var min = start;
            var max = start;
            var minValue = values.applyAsDouble(start);
            var maxValue = minValue;
            for (var i = start + 1; i < end; i++) {
                var value = values.applyAsDouble(i);
                if (value < minValue) {
                    min = i;
                    minValue = value;
                }
                if (value > maxValue) {
                    max = i;
                    maxValue = value;
                }
            }
            kept[size++] = Math.min(min, max);
            if (min != max) {
                kept[size++] = Math.max(min, max);
            }
        }
        kept[size++] = to - 1;
        return Arrays.copyOf(kept, size);
    }
}
