package com.weighttracker.tracking.domain.analysis;

import java.time.Instant;
import java.util.Arrays;

/**
 * One user's weigh-ins as numbers, oldest first: when (epoch milliseconds), the mass in kilograms
 * and the optional body composition ({@link Double#NaN} where not measured). Immutable; built by
 * the persistence adapter through a {@link Builder}.
 */
public final class Measurements {

    private static final Measurements NONE = new Measurements(new long[0], new double[0], new double[0],
            new double[0], new double[0], 0);

    private final long[] at;
    private final double[] kilograms;
    private final double[] bodyFat;
    private final double[] muscleKilograms;
    private final double[] water;
    private final int size;

    private Measurements(long[] at, double[] kilograms, double[] bodyFat, double[] muscleKilograms, double[] water,
            int size) {
        this.at = at;
        this.kilograms = kilograms;
        this.bodyFat = bodyFat;
        this.muscleKilograms = muscleKilograms;
        this.water = water;
        this.size = size;
    }

    public static Measurements none() {
        return NONE;
    }

    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** {@code older} followed by {@code newer}; every weigh-in of {@code older} must come first. */
    public static Measurements concat(Measurements older, Measurements newer) {
        if (older.isEmpty()) {
            return newer;
        }
        if (newer.isEmpty()) {
            return older;
        }
        var builder = builder(older.size + newer.size);
        for (var part : new Measurements[] { older, newer }) {
            for (var i = 0; i < part.size; i++) {
                builder.add(part.at[i], part.kilograms[i], part.bodyFat[i], part.muscleKilograms[i], part.water[i]);
            }
        }
        return builder.build();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long epochMilli(int index) {
        return at[check(index)];
    }

    public Instant instant(int index) {
        return Instant.ofEpochMilli(at[check(index)]);
    }

    public double kilograms(int index) {
        return kilograms[check(index)];
    }

    /** NaN when not measured. */
    public double bodyFatPercentage(int index) {
        return bodyFat[check(index)];
    }

    /** NaN when not measured. */
    public double muscleKilograms(int index) {
        return muscleKilograms[check(index)];
    }

    /** NaN when not measured. */
    public double waterPercentage(int index) {
        return water[check(index)];
    }

    /** The index of the first weigh-in at or after {@code instant}; {@link #size()} when there is none. */
    public int firstAtOrAfter(Instant instant) {
        var millis = instant.toEpochMilli();
        var low = 0;
        var high = size;
        while (low < high) {
            var middle = (low + high) >>> 1;
            if (at[middle] < millis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The weigh-ins at or after {@code instant}, oldest first (this, when all are). */
    public Measurements since(Instant instant) {
        var first = firstAtOrAfter(instant);
        if (first == 0) {
            return this;
        }
        return new Measurements(Arrays.copyOfRange(at, first, size), Arrays.copyOfRange(kilograms, first, size),
                Arrays.copyOfRange(bodyFat, first, size), Arrays.copyOfRange(muscleKilograms, first, size),
                Arrays.copyOfRange(water, first, size), size - first);
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    /** Collects weigh-ins in time order. */
    public static final class Builder {

        private long[] at;
        private double[] kilograms;
        private double[] bodyFat;
        private double[] muscleKilograms;
        private double[] water;
        private int size;

        private Builder(int expectedSize) {
            var capacity = Math.max(expectedSize, 8);
            at = new long[capacity];
            kilograms = new double[capacity];
            bodyFat = new double[capacity];
            muscleKilograms = new double[capacity];
            water = new double[capacity];
        }

        public Builder add(Instant recordedAt, double kg) {
            return add(recordedAt.toEpochMilli(), kg, Double.NaN, Double.NaN, Double.NaN);
        }

        /**
         * @param bodyFatPercentage NaN when not measured, like {@code muscleKg} and {@code waterPercentage}
         */
        public Builder add(Instant recordedAt, double kg, double bodyFatPercentage, double muscleKg,
                double waterPercentage) {
            return add(recordedAt.toEpochMilli(), kg, bodyFatPercentage, muscleKg, waterPercentage);
        }

        /** Like {@link #add(Instant, double, double, double, double)}, with the instant in epoch milliseconds. */
        public Builder add(long epochMilli, double kg, double bodyFatPercentage, double muscleKg,
                double waterPercentage) {
            if (!(kg > 0) || Double.isInfinite(kg)) {
                throw new IllegalArgumentException("a weigh-in's mass must be positive, not " + kg);
            }
            if (size > 0 && epochMilli < at[size - 1]) {
                throw new IllegalArgumentException("weigh-ins must be added oldest first");
            }
            if (size == at.length) {
                var capacity = size * 2;
                at = Arrays.copyOf(at, capacity);
                kilograms = Arrays.copyOf(kilograms, capacity);
                bodyFat = Arrays.copyOf(bodyFat, capacity);
                muscleKilograms = Arrays.copyOf(muscleKilograms, capacity);
                water = Arrays.copyOf(water, capacity);
            }
            at[size] = epochMilli;
            kilograms[size] = kg;
            bodyFat[size] = bodyFatPercentage;
            muscleKilograms[size] = muscleKg;
            water[size] = waterPercentage;
            size++;
            return this;
        }

        /** What was added so far; the builder may go on adding. */
        public Measurements build() {
            if (size == 0) {
                return NONE;
            }
            return new Measurements(Arrays.copyOf(at, size), Arrays.copyOf(kilograms, size),
                    Arrays.copyOf(bodyFat, size), Arrays.copyOf(muscleKilograms, size), Arrays.copyOf(water, size),
                    size);
        }
    }
}
