package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;

/**
 * A weigh-in as a file states it, not yet validated. The time is either an instant (the file gave a
 * zone or offset) or a local date-time, which the import places in the user's time zone. Values may
 * carry any number of decimals (exports write floats such as 82.39999); the import rounds them to
 * two in their unit. With unit st, {@code weight} is stones (fractions allowed) and {@code pounds}
 * optional. Muscle mass is a mass in whatever unit the file had; the others are percentages.
 */
public record ImportedWeighIn(long line, Instant recordedAt, LocalDateTime localDateTime, BigDecimal weight,
        MassUnit unit, BigDecimal pounds, String notes, BigDecimal bodyFatPercentage, Mass muscleMass,
        BigDecimal waterPercentage) implements ImportedRow {

    public ImportedWeighIn {
        if ((recordedAt == null) == (localDateTime == null)) {
            throw new IllegalArgumentException("exactly one of recordedAt and localDateTime is needed");
        }
        Objects.requireNonNull(unit, "unit");
    }

    /** A weigh-in at an instant, with nothing but its weight. */
    public static ImportedWeighIn at(long line, Instant recordedAt, BigDecimal weight, MassUnit unit) {
        return new ImportedWeighIn(line, recordedAt, null, weight, unit, null, null, null, null, null);
    }

    /** A weigh-in at a local date-time (placed in the user's zone), with nothing but its weight. */
    public static ImportedWeighIn at(long line, LocalDateTime localDateTime, BigDecimal weight, MassUnit unit) {
        return new ImportedWeighIn(line, null, localDateTime, weight, unit, null, null, null, null, null);
    }

    public ImportedWeighIn withPounds(BigDecimal newPounds) {
        return new ImportedWeighIn(line, recordedAt, localDateTime, weight, unit, newPounds, notes, bodyFatPercentage,
                muscleMass, waterPercentage);
    }

    public ImportedWeighIn withNotes(String newNotes) {
        return new ImportedWeighIn(line, recordedAt, localDateTime, weight, unit, pounds, newNotes, bodyFatPercentage,
                muscleMass, waterPercentage);
    }

    public ImportedWeighIn withBodyFatPercentage(BigDecimal percentage) {
        return new ImportedWeighIn(line, recordedAt, localDateTime, weight, unit, pounds, notes, percentage,
                muscleMass, waterPercentage);
    }

    public ImportedWeighIn withMuscleMass(Mass mass) {
        return new ImportedWeighIn(line, recordedAt, localDateTime, weight, unit, pounds, notes, bodyFatPercentage,
                mass, waterPercentage);
    }

    public ImportedWeighIn withWaterPercentage(BigDecimal percentage) {
        return new ImportedWeighIn(line, recordedAt, localDateTime, weight, unit, pounds, notes, bodyFatPercentage,
                muscleMass, percentage);
    }
}
