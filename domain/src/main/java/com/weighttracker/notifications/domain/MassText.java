package com.weighttracker.notifications.domain;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;

/** A mass as a notification says it, in the user's unit: "1.4 kg", "3.1 lb", "12 st 5.5 lb". */
public final class MassText {

    private MassText() {
    }

    public static String of(Mass mass, MassUnit unit) {
        return switch (unit) {
            case KG -> mass.in(MassUnit.KG, 1).stripTrailingZeros().toPlainString() + " kg";
            case LB -> mass.in(MassUnit.LB, 1).stripTrailingZeros().toPlainString() + " lb";
            case ST -> {
                var split = mass.stonesAndPounds(1);
                yield split.stones().stripTrailingZeros().toPlainString() + " st "
                        + split.pounds().stripTrailingZeros().toPlainString() + " lb";
            }
        };
    }
}
