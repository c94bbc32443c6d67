package com.weighttracker.challenges.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.domain.ChallengeStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of /v1/challenges, made from the use cases' views by {@link ChallengesRestMapper}. */
final class ChallengesResponses {

    private ChallengesResponses() {
    }

    record Challenge(UUID id, String name, @Schema(nullable = true) String description,
            @Schema(allowableValues = { "weight_loss_percent", "total_lost", "consistency" }) ChallengeType type,
            LocalDate startDate, LocalDate endDate,
            @Schema(description = "percent, kilograms or days by type; in handicap mode a percentage of the "
                    + "expected loss") BigDecimal target,
            int rewardPoints, boolean handicap,
            @Schema(nullable = true, description = "the team of a team challenge") UUID teamId, UUID createdBy,
            @Schema(allowableValues = { "upcoming", "active", "completed" }) ChallengeStatus status,
            int participantCount, @Schema(description = "whether you take part") boolean joined, Instant createdAt,
            Instant updatedAt, @Schema(nullable = true) Instant completedAt,
            @Schema(description = "the winners once completed") List<UUID> winners,
            @Schema(description = "how participants are scored, the 1 % a week safety rail included") String scoring) {
    }

    record ChallengeLeaderboard(UUID challengeId,
            @Schema(allowableValues = { "weight_loss_percent", "total_lost", "consistency" }) ChallengeType type,
            @Schema(allowableValues = { "upcoming", "active", "completed" }) ChallengeStatus status, LocalDate asOf,
            BigDecimal target, String scoring, List<ChallengeStanding> entries) {
    }

    /** One participant; those who keep their weights private show % lost and rank only. */
    record ChallengeStanding(@Schema(nullable = true, description = "null until they have a baseline") Integer rank,
            UUID userId, @Schema(nullable = true) String username, @Schema(nullable = true) String displayName,
            boolean weightsPrivate, boolean qualified,
            @Schema(nullable = true, description = "what ranks: percent, kg, % of expected or days; null for a "
                    + "private member in a total_lost challenge") BigDecimal score,
            @Schema(nullable = true) BigDecimal percentLost,
            @Schema(nullable = true, description = "the trend's fall; null for private weights") Double lostKg,
            @Schema(nullable = true, description = "the part of it that counts") Double creditedKg,
            @Schema(description = "lost more than 1 % of their starting weight a week: the excess earns nothing")
            boolean capped, int streakDays, boolean reachedTarget) {
    }

    record ChallengeProgress(UUID challengeId,
            @Schema(allowableValues = { "weight_loss_percent", "total_lost", "consistency" }) ChallengeType type,
            boolean qualified, @Schema(nullable = true) Integer rank, BigDecimal score, BigDecimal target,
            boolean reachedTarget, @Schema(nullable = true) Instant reachedAt,
            @Schema(nullable = true, description = "your trend weight at the start") Double baselineKg,
            @Schema(nullable = true) Double trendKg, @Schema(nullable = true) Double lostKg,
            @Schema(nullable = true) Double creditedKg,
            @Schema(nullable = true, description = "the most loss that counts so far: 1 % of the baseline a week")
            Double capKg,
            boolean capped, @Schema(nullable = true) BigDecimal percentLost,
            @Schema(nullable = true) BigDecimal creditedPercent,
            @Schema(nullable = true, description = "handicap mode: the loss expected so far, in percent")
            BigDecimal expectedPercent,
            int streakDays, int daysElapsed, String explanation) {
    }
}
