package com.weighttracker.tracking.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.weighttracker.shared.Mass;

/** Body-mass index (kg/m²) and its WHO category. */
public record Bmi(BigDecimal value) {

    /** Below this, a goal weight is refused: the WHO threshold of underweight. */
    public static final BigDecimal HEALTHY_MINIMUM = new BigDecimal("18.5");

    public enum Category {
        UNDERWEIGHT, NORMAL, OVERWEIGHT, OBESE
    }

    public static Bmi of(Mass mass, BigDecimal heightCm) {
        var metres = heightCm.movePointLeft(2);
        return new Bmi(mass.kilograms().divide(metres.multiply(metres), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_EVEN));
    }

    /** The lightest mass that still has a healthy BMI at this height, rounded up to 0.1 kg. */
    public static Mass healthyMinimum(BigDecimal heightCm) {
        var metres = heightCm.movePointLeft(2);
        return new Mass(HEALTHY_MINIMUM.multiply(metres).multiply(metres).setScale(1, RoundingMode.CEILING));
    }

    public Category category() {
        if (value.compareTo(HEALTHY_MINIMUM) < 0) {
            return Category.UNDERWEIGHT;
        }
        if (value.compareTo(BigDecimal.valueOf(25)) < 0) {
            return Category.NORMAL;
        }
        return value.compareTo(BigDecimal.valueOf(30)) < 0 ? Category.OVERWEIGHT : Category.OBESE;
    }
}
