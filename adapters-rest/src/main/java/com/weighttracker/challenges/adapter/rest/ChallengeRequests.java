package com.weighttracker.challenges.adapter.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.application.port.in.CreateChallengeCommand;
import com.weighttracker.shared.MassUnit;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of /v1/challenges. Their values are validated by the domain, every broken rule at once. */
final class ChallengeRequests {

    private ChallengeRequests() {
    }

    record CreateChallenge(
            @Schema(example = "January reset", maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED)
            String name,
            @Schema(maxLength = 1000, example = "Four weeks of steady progress.") String description,
            @Schema(allowableValues = { "weight_loss_percent", "total_lost", "consistency" },
                    requiredMode = Schema.RequiredMode.REQUIRED) ChallengeType type,
            @Schema(example = "2027-01-04", description = "not in the past, at most a year ahead",
                    requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startDate,
            @Schema(example = "2027-01-31", description = "after startDate, at most 365 days after it",
                    requiredMode = Schema.RequiredMode.REQUIRED) LocalDate endDate,
            @Schema(example = "4", description = "percent (0.1–50), a mass (0.1–200 kg) or days (1 to the "
                    + "challenge's length) by type; in handicap mode a percentage of the expected loss (1–1,000); "
                    + "reaching it completes the challenge", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal target,
            @Schema(allowableValues = { "kg", "lb", "st" }, description = "the unit of a total_lost target; kg when "
                    + "absent") MassUnit targetUnit,
            @Schema(minimum = "0", maximum = "10000", description = "what each winner earns; 0 when absent")
            Integer rewardPoints,
            @Schema(description = "score the loss as a percentage of the loss expected from each member's "
                    + "starting weight; not for consistency") Boolean handicap,
            @Schema(description = "a team challenge: created by the team's owner, admins and moderators, seen and "
                    + "joined by its members only") UUID teamId) {

        CreateChallengeCommand toCommand() {
            return new CreateChallengeCommand(name, description, type, startDate, endDate, target, targetUnit,
                    rewardPoints, handicap, teamId);
        }
    }
}
