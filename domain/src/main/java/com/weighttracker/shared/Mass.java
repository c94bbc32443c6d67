package com.weighttracker.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A mass, kept in kilograms with ten decimals. Every unit factor is an exact decimal with at most
 * eight places, so a value entered with up to two decimals in kg, lb or st+lb converts to
 * kilograms without rounding and reads back exactly as entered.
 */
public record Mass(BigDecimal kilograms) implements ValueObject, Comparable<Mass> {

    public static final int SCALE = 10;
    /** Decimals a value may be entered with, in any unit. */
    public static final int ENTRY_DECIMALS = 2;

    public Mass {
        Rules.required("weight", kilograms);
        kilograms = kilograms.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static Mass of(BigDecimal value, MassUnit unit) {
        return new Mass(value.multiply(unit.kilograms()));
    }

    public static Mass kilograms(double value) {
        return new Mass(BigDecimal.valueOf(value));
    }

    public static Mass ofStonesAndPounds(BigDecimal stones, BigDecimal pounds) {
        return new Mass(stones.multiply(MassUnit.ST.kilograms()).add(pounds.multiply(MassUnit.LB.kilograms())));
    }

    /** The value in {@code unit}, rounded to {@code decimals} (half-even). For stones, whole stones and the rest in pounds see {@link #stonesAndPounds}. */
    public BigDecimal in(MassUnit unit, int decimals) {
        if (unit == MassUnit.KG) {
            // the same value without a 34-digit division by one: lists show kilograms for every row
            return kilograms.setScale(decimals, RoundingMode.HALF_EVEN);
        }
        return kilograms.divide(unit.kilograms(), MathContext.DECIMAL128).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** Whole stones and the remaining pounds (rounded to {@code decimals}). */
    public StonesAndPounds stonesAndPounds(int decimals) {
        var pounds = kilograms.divide(MassUnit.LB.kilograms(), MathContext.DECIMAL128).setScale(decimals,
                RoundingMode.HALF_EVEN);
        var fourteen = BigDecimal.valueOf(14);
        var stones = pounds.divideToIntegralValue(fourteen);
        return new StonesAndPounds(stones.setScale(0, RoundingMode.UNNECESSARY), pounds.subtract(stones.multiply(fourteen)));
    }

    public record StonesAndPounds(BigDecimal stones, BigDecimal pounds) {
    }

    public double asKilograms() {
        return kilograms.doubleValue();
    }

    public Mass minus(Mass other) {
        return new Mass(kilograms.subtract(other.kilograms));
    }

    @Override
    public int compareTo(Mass other) {
        return kilograms.compareTo(other.kilograms);
    }
}
