package com.weighttracker.tracking.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.weighttracker.shared.MassUnit;

/**
 * Kilograms shown in a unit: two decimals in kg and lb, three in (decimal) stones. Masses are
 * converted as doubles and rounded once, so a weigh-in entered in the unit reads back as entered.
 */
final class DisplayUnit {

    private final MassUnit unit;
    private final double kilogramsPerUnit;
    private final double scale;
    private final int decimals;
    /** Muscle mass in stones is shown in pounds, as on weigh-ins. */
    private final double muscleKilogramsPerUnit;

    private DisplayUnit(MassUnit unit) {
        this.unit = unit;
        this.kilogramsPerUnit = unit.kilograms().doubleValue();
        this.decimals = unit == MassUnit.ST ? 3 : 2;
        this.scale = Math.pow(10, decimals);
        this.muscleKilogramsPerUnit = (unit == MassUnit.ST ? MassUnit.LB : unit).kilograms().doubleValue();
    }

    static DisplayUnit of(MassUnit unit) {
        return new DisplayUnit(unit);
    }

    MassUnit unit() {
        return unit;
    }

    /** For chart points: a double rounded to the unit's decimals. */
    double value(double kilograms) {
        return Math.round(kilograms / kilogramsPerUnit * scale) / scale;
    }

    /** For statistics: null stays null. */
    BigDecimal mass(Double kilograms) {
        return kilograms == null ? null : decimal(kilograms / kilogramsPerUnit, decimals);
    }

    BigDecimal muscle(double kilograms) {
        return decimal(kilograms / muscleKilogramsPerUnit, 2);
    }

    static BigDecimal decimal(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        var rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
