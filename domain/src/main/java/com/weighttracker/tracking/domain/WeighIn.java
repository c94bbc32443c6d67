package com.weighttracker.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.Violations;

/**
 * What a weigh-in says: the mass in the unit it was entered in, when, and optional notes and
 * body composition (FR-2.1). Validated as a whole; the time rule needs "now" and is the entry's.
 */
public record WeighIn(Mass mass, MassUnit unit, Instant recordedAt, String notes, BigDecimal bodyFatPercentage,
        Mass muscleMass, BigDecimal waterPercentage) implements ValueObject {

    public static final int NOTES_MAX = 1000;
    /** Nobody logs a weigh-in from before 1900; earlier instants are typos or probes (year -999999999). */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final BigDecimal MAX_VALUE = BigDecimal.valueOf(1000);
    private static final BigDecimal FOURTEEN = BigDecimal.valueOf(14);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Percentages carry two decimals, as stored: 55.5 and 55.50 are the same weigh-in. */
    public WeighIn {
        bodyFatPercentage = twoDecimals(bodyFatPercentage);
        waterPercentage = twoDecimals(waterPercentage);
    }

    private static BigDecimal twoDecimals(BigDecimal percentage) {
        return percentage == null ? null : percentage.setScale(Mass.ENTRY_DECIMALS, RoundingMode.HALF_EVEN);
    }

    /**
     * @param pounds only with {@code unit} st: the pounds beyond whole stones (0 to under 14)
     */
    public static WeighIn of(BigDecimal weight, MassUnit unit, BigDecimal pounds, Instant recordedAt, String notes,
            BigDecimal bodyFatPercentage, BigDecimal muscleMass, BigDecimal waterPercentage) {
        var violations = new Violations();
        var entryUnit = unit == null ? MassUnit.KG : unit;
        var mass = violations.check("weight", () -> massOf("weight", weight, entryUnit, "pounds", pounds));
        // PostgreSQL keeps microseconds: what is stored is what the client is shown
        var at = violations.check("recordedAt", () -> {
            Rules.required("recordedAt", recordedAt);
            Rules.check(!recordedAt.isBefore(EARLIEST), "recordedAt", "recordedAt must be in 1900 or later");
            return recordedAt.truncatedTo(ChronoUnit.MICROS);
        });
        violations.check("notes", () -> Rules.maxLength("notes", notes, NOTES_MAX));
        violations.check("bodyFatPercentage", () -> percentage("bodyFatPercentage", bodyFatPercentage));
        violations.check("waterPercentage", () -> percentage("waterPercentage", waterPercentage));
        var muscle = violations.check("muscleMass", () -> muscleMass == null ? null
                : positive("muscleMass", muscleMass, entryUnit));
        violations.throwIfAny();
        return new WeighIn(mass, entryUnit, at, notes == null || notes.isBlank() ? null : notes.strip(),
                bodyFatPercentage, muscle, waterPercentage);
    }

    /**
     * A body mass as a client enters it, by the rules of a weigh-in's weight (positive, at most 1000,
     * two decimals, whole stones plus pounds for st); rejections name the client's own fields.
     */
    public static Mass massOf(String weightField, BigDecimal weight, MassUnit unit, String poundsField,
            BigDecimal pounds) {
        Rules.required(weightField, weight);
        Rules.check(weight.signum() > 0, weightField, weightField + " must be positive");
        Rules.check(weight.compareTo(MAX_VALUE) <= 0, weightField, weightField + " must be at most 1000");
        decimals(weightField, weight);
        if (unit != MassUnit.ST) {
            Rules.check(pounds == null, poundsField, poundsField + " are only given with unit st");
            return Mass.of(weight, unit);
        }
        Rules.check(weight.stripTrailingZeros().scale() <= 0, weightField, weightField
                + " in st must be whole stones; put the rest in " + poundsField);
        var extra = pounds == null ? BigDecimal.ZERO : pounds;
        if (extra.signum() < 0 || extra.compareTo(FOURTEEN) >= 0) {
            throw InvalidInput.of(poundsField, poundsField + " must be at least 0 and less than 14");
        }
        decimals(poundsField, extra);
        return Mass.ofStonesAndPounds(weight, extra);
    }

    private static Mass positive(String field, BigDecimal value, MassUnit unit) {
        Rules.check(value.signum() > 0, field, field + " must be positive");
        Rules.check(value.compareTo(MAX_VALUE) <= 0, field, field + " must be at most 1000");
        decimals(field, value);
        return unit == MassUnit.ST ? Mass.of(value, MassUnit.LB) : Mass.of(value, unit);
    }

    private static BigDecimal percentage(String field, BigDecimal value) {
        if (value != null) {
            Rules.check(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, field,
                    field + " must be between 0 and 100");
            decimals(field, value);
        }
        return value;
    }

    private static void decimals(String field, BigDecimal value) {
        Rules.check(value.stripTrailingZeros().scale() <= Mass.ENTRY_DECIMALS, field,
                field + " may have at most " + Mass.ENTRY_DECIMALS + " decimals");
    }
}
