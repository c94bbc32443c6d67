package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.domain.WeightEntry;

/**
 * One weigh-in in an export, with every field. {@code weight} (and {@code pounds} for st) and
 * {@code muscleMass} are in the export's unit, rounded to two decimals as the app shows them;
 * {@code weightKg} and {@code muscleMassKg} are exact, and with {@code enteredUnit} they let an
 * import restore the weigh-in exactly as it was entered.
 */
public record ExportedWeightEntry(UUID id, Instant recordedAt, LocalDate localDate, BigDecimal weight, MassUnit unit,
        BigDecimal pounds, BigDecimal weightKg, MassUnit enteredUnit, String notes, BigDecimal bodyFatPercentage,
        BigDecimal muscleMass, BigDecimal muscleMassKg, BigDecimal waterPercentage, String source,
        Instant createdAt) {

    public static ExportedWeightEntry of(WeightEntry entry, MassUnit unit, ZoneId zone) {
        var weighIn = entry.weighIn();
        var amount = WeightEntryView.Amount.of(weighIn.mass(), unit);
        var muscle = weighIn.muscleMass();
        return new ExportedWeightEntry(entry.getId().value(), weighIn.recordedAt(),
                LocalDate.ofInstant(weighIn.recordedAt(), zone), amount.value(), unit, amount.pounds(),
                exact(weighIn.mass()), weighIn.unit(), weighIn.notes(), plain(weighIn.bodyFatPercentage()),
                muscle == null ? null
                        : WeightEntryView.Amount.of(muscle, unit == MassUnit.ST ? MassUnit.LB : unit).value(),
                muscle == null ? null : exact(muscle), plain(weighIn.waterPercentage()), entry.source(),
                entry.createdAt());
    }

    private static BigDecimal exact(Mass mass) {
        return plain(mass.kilograms());
    }

    /** Without trailing zeros (the database keeps 20.8 % as 20.80), and never in exponent notation. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
