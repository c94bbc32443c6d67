package com.weighttracker.tracking.domain.analysis;

/** The first and the latest known value of one body-composition measure (a percentage, or kilograms of muscle). */
public record CompositionChange(double first, double latest) {

    public CompositionChange {
        if (!Double.isFinite(first) || !Double.isFinite(latest)) {
            throw new IllegalArgumentException("both values are known");
        }
    }

    public double change() {
        return latest - first;
    }

    /** Null when no weigh-in measured it. */
    static CompositionChange of(Measurements measurements, Measure measure) {
        var first = -1;
        var last = -1;
        for (var i = 0; i < measurements.size(); i++) {
            if (!Double.isNaN(measure.of(measurements, i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new CompositionChange(measure.of(measurements, first), measure.of(measurements, last));
    }

    @FunctionalInterface
    interface Measure {
        double of(Measurements measurements, int index);
    }
}
