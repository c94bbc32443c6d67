package com.weighttracker.teams.application.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.weighttracker.shared.MassUnit;

/** Kilograms shown in a unit as tracking shows them: two decimals in kg and lb, three in (decimal) stones. */
final class MassDisplay {

    private final double kilogramsPerUnit;
    private final int decimals;

    private MassDisplay(MassUnit unit) {
        this.kilogramsPerUnit = unit.kilograms().doubleValue();
        this.decimals = unit == MassUnit.ST ? 3 : 2;
    }

    static MassDisplay of(MassUnit unit) {
        return new MassDisplay(unit);
    }

    /** Null stays null. */
    BigDecimal value(Double kilograms) {
        if (kilograms == null) {
            return null;
        }
        var rounded = BigDecimal.valueOf(kilograms / kilogramsPerUnit).setScale(decimals, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
