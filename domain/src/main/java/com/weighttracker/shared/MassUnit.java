package com.weighttracker.shared;

import java.math.BigDecimal;

/** Units a body mass is entered and shown in. Stones are shown with pounds (12 st 5.5 lb). */
public enum MassUnit {
    KG(BigDecimal.ONE),
    /** The international avoirdupois pound: exactly 0.45359237 kg. */
    LB(new BigDecimal("0.45359237")),
    /** 14 pounds. */
    ST(new BigDecimal("6.35029318"));

    private final BigDecimal kilograms;

    MassUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    /** How many kilograms one of this unit is, exactly. */
    public BigDecimal kilograms() {
        return kilograms;
    }
}
