package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Patch;

/**
 * A partial correction. {@code weight}, {@code unit} and {@code pounds} go together: a new weight
 * may come with a new unit or pounds, but a unit or pounds without a weight is refused.
 */
public record WeighInChanges(Patch<BigDecimal> weight, Patch<MassUnit> unit, Patch<BigDecimal> pounds,
        Patch<Instant> recordedAt, Patch<String> notes, Patch<BigDecimal> bodyFatPercentage,
        Patch<BigDecimal> muscleMass, Patch<BigDecimal> waterPercentage) {
}
