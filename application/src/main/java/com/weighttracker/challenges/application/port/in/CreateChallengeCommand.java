package com.weighttracker.challenges.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.shared.MassUnit;

/**
 * A new challenge; the domain validates every value.
 *
 * @param target percent, a mass in {@code targetUnit} (kg when null) or days, by type
 * @param teamId the team of a team challenge, null for a public one
 */
public record CreateChallengeCommand(String name, String description, ChallengeType type, LocalDate startDate,
        LocalDate endDate, BigDecimal target, MassUnit targetUnit, Integer rewardPoints, Boolean handicap,
        UUID teamId) {
}
