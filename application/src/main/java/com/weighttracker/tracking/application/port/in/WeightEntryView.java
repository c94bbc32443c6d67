package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.domain.WeightEntry;

/**
 * A weigh-in as its owner sees it, in the unit they entered it in or the one they asked for.
 * In stones, {@code weight} is whole stones and {@code pounds} the rest; muscle mass is in pounds.
 */
public record WeightEntryView(UUID id, BigDecimal weight, MassUnit unit, BigDecimal pounds, BigDecimal weightKg,
        Instant recordedAt, String notes, BigDecimal bodyFatPercentage, BigDecimal muscleMass,
        BigDecimal waterPercentage, String source, Instant createdAt) {

    /** @param displayUnit the unit to show, or null for the unit it was entered in */
    public static WeightEntryView of(WeightEntry entry, MassUnit displayUnit) {
        var weighIn = entry.weighIn();
        var unit = displayUnit == null ? weighIn.unit() : displayUnit;
        var amount = Amount.of(weighIn.mass(), unit);
        var muscle = weighIn.muscleMass() == null ? null
                : plain(weighIn.muscleMass().in(unit == MassUnit.ST ? MassUnit.LB : unit, Mass.ENTRY_DECIMALS));
        return new WeightEntryView(entry.getId().value(), amount.value(), unit, amount.pounds(),
                plain(weighIn.mass().in(MassUnit.KG, 3)), weighIn.recordedAt(), weighIn.notes(),
                plainOrNull(weighIn.bodyFatPercentage()), muscle, plainOrNull(weighIn.waterPercentage()),
                entry.source(), entry.createdAt());
    }

    /** A mass written in a unit: whole stones plus pounds for st. */
    public record Amount(BigDecimal value, BigDecimal pounds) {

        public static Amount of(Mass mass, MassUnit unit) {
            if (unit == MassUnit.ST) {
                var split = mass.stonesAndPounds(Mass.ENTRY_DECIMALS);
                return new Amount(split.stones(), plain(split.pounds()));
            }
            return new Amount(plain(mass.in(unit, Mass.ENTRY_DECIMALS)), null);
        }
    }

    private static BigDecimal plainOrNull(BigDecimal value) {
        return value == null ? null : plain(value);
    }

    /** Without trailing zeros, and never in exponent notation (70, not 7E+1). */
    static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
