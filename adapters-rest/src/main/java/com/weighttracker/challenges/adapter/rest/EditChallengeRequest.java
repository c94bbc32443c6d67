package com.weighttracker.challenges.adapter.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.domain.ChallengeChanges;
import com.weighttracker.platform.adapter.rest.MergePatch;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON merge patch of a challenge: absent fields stay, null clears the description. After the start
 * only name and description may change. A class, not a record, so absent and null differ.
 */
@Schema(name = "EditChallengeRequest",
        description = "Only the fields sent change; after the start only name and description.")
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
final class EditChallengeRequest {

    @Schema(maxLength = 100)
    private Optional<String> name;
    @Schema(nullable = true, maxLength = 1000)
    private Optional<String> description;
    @Schema(allowableValues = { "weight_loss_percent", "total_lost", "consistency" })
    private Optional<ChallengeType> type;
    private Optional<LocalDate> startDate;
    private Optional<LocalDate> endDate;
    @Schema(description = "percent, kilograms or days by type")
    private Optional<BigDecimal> target;
    @Schema(minimum = "0", maximum = "10000")
    private Optional<Integer> rewardPoints;
    private Optional<Boolean> handicap;

    ChallengeChanges toChanges() {
        return new ChallengeChanges(MergePatch.field(name), MergePatch.field(description), MergePatch.field(type),
                MergePatch.field(startDate), MergePatch.field(endDate), MergePatch.field(target),
                MergePatch.field(rewardPoints), MergePatch.field(handicap));
    }

    public void setName(Optional<String> name) {
        this.name = name;
    }

    public void setDescription(Optional<String> description) {
        this.description = description;
    }

    public void setType(Optional<ChallengeType> type) {
        this.type = type;
    }

    public void setStartDate(Optional<LocalDate> startDate) {
        this.startDate = startDate;
    }

    public void setEndDate(Optional<LocalDate> endDate) {
        this.endDate = endDate;
    }

    public void setTarget(Optional<BigDecimal> target) {
        this.target = target;
    }

    public void setRewardPoints(Optional<Integer> rewardPoints) {
        this.rewardPoints = rewardPoints;
    }

    public void setHandicap(Optional<Boolean> handicap) {
        this.handicap = handicap;
    }
}
