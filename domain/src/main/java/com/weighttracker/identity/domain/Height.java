package com.weighttracker.identity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.Rules;

/** A body height in centimetres, to one decimal. */
public record Height(BigDecimal centimetres) implements ValueObject {

    private static final BigDecimal MIN = BigDecimal.valueOf(50);
    private static final BigDecimal MAX = BigDecimal.valueOf(272);

    public Height {
        Rules.required("heightCm", centimetres);
        Rules.check(centimetres.compareTo(MIN) >= 0 && centimetres.compareTo(MAX) <= 0, "heightCm",
                "heightCm must be between 50 and 272");
        Rules.check(centimetres.stripTrailingZeros().scale() <= 1, "heightCm",
                "heightCm must have at most one decimal");
        centimetres = centimetres.setScale(1, RoundingMode.UNNECESSARY);
    }
}
