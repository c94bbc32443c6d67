package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;

import com.weighttracker.shared.MassUnit;

/** A weigh-in as a client sends it; the use case validates it into a {@code WeighIn}. */
public record WeighInCommand(BigDecimal weight, MassUnit unit, BigDecimal pounds, Instant recordedAt, String notes,
        BigDecimal bodyFatPercentage, BigDecimal muscleMass, BigDecimal waterPercentage) {
}
