package com.weighttracker.tracking.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.WeighInCommand;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new weigh-in. */
record WeighInRequest(
        @Schema(example = "82.4", description = "positive, at most 1000, up to 2 decimals; whole stones for st",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal weight,
        @Schema(example = "kg", allowableValues = { "kg", "lb", "st" }, description = "kg when absent") MassUnit unit,
        @Schema(example = "5.5", description = "with unit st only: pounds beyond whole stones, 0 to under 14")
        BigDecimal pounds,
        @Schema(description = "when it was taken; now when absent; at most 24 h ahead") Instant recordedAt,
        @Schema(maxLength = 1000) String notes,
        @Schema(minimum = "0", maximum = "100") BigDecimal bodyFatPercentage,
        @Schema(description = "total muscle mass (a scale's 'muscle mass', not skeletal muscle mass), "
                + "in the entry's unit (pounds for st)") BigDecimal muscleMass,
        @Schema(minimum = "0", maximum = "100") BigDecimal waterPercentage) {

    WeighInCommand toCommand() {
        return new WeighInCommand(weight, unit, pounds, recordedAt, notes, bodyFatPercentage, muscleMass,
                waterPercentage);
    }
}
