package com.weighttracker.tracking.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import com.weighttracker.platform.adapter.rest.MergePatch;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.WeighInChanges;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON merge patch of a weigh-in: absent fields stay, null clears an optional one. A class,
 * not a record, so Jackson can tell absent (null field) from null (empty Optional).
 */
@Schema(name = "CorrectWeighInRequest",
        description = "Only the fields sent change; null clears notes or body composition. A new unit needs a weight.")
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
final class CorrectWeighInRequest {

    @Schema(example = "81.9")
    private Optional<BigDecimal> weight;
    @Schema(allowableValues = { "kg", "lb", "st" })
    private Optional<MassUnit> unit;
    @Schema(nullable = true)
    private Optional<BigDecimal> pounds;
    private Optional<Instant> recordedAt;
    @Schema(nullable = true, maxLength = 1000)
    private Optional<String> notes;
    @Schema(nullable = true)
    private Optional<BigDecimal> bodyFatPercentage;
    @Schema(nullable = true)
    private Optional<BigDecimal> muscleMass;
    @Schema(nullable = true)
    private Optional<BigDecimal> waterPercentage;

    WeighInChanges toChanges() {
        return new WeighInChanges(MergePatch.field(weight), MergePatch.field(unit), MergePatch.field(pounds),
                MergePatch.field(recordedAt), MergePatch.field(notes), MergePatch.field(bodyFatPercentage),
                MergePatch.field(muscleMass), MergePatch.field(waterPercentage));
    }


    public void setWeight(Optional<BigDecimal> weight) {
        this.weight = weight;
    }

    public void setUnit(Optional<MassUnit> unit) {
        this.unit = unit;
    }

    public void setPounds(Optional<BigDecimal> pounds) {
        this.pounds = pounds;
    }

    public void setRecordedAt(Optional<Instant> recordedAt) {
        this.recordedAt = recordedAt;
    }

    public void setNotes(Optional<String> notes) {
        this.notes = notes;
    }

    public void setBodyFatPercentage(Optional<BigDecimal> bodyFatPercentage) {
        this.bodyFatPercentage = bodyFatPercentage;
    }

    public void setMuscleMass(Optional<BigDecimal> muscleMass) {
        this.muscleMass = muscleMass;
    }

    public void setWaterPercentage(Optional<BigDecimal> waterPercentage) {
        this.waterPercentage = waterPercentage;
    }
}
