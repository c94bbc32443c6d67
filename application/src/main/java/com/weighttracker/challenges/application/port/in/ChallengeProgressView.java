package com.weighttracker.challenges.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;

/**
 * The viewer's own progress in a challenge, with every number it was scored from.
 *
 * @param baselineKg the trend at the start; null until known
 * @param lostKg the trend's fall since the start; {@code creditedKg} the part that counts (at most
 *        {@code capKg}, 1 % of the baseline per week since the start)
 * @param expectedPercent in handicap mode, the loss expected so far from the starting weight
 * @param explanation how the score came about, in words
 */
public record ChallengeProgressView(UUID challengeId, ChallengeType type, boolean qualified, Integer rank,
        BigDecimal score, BigDecimal target, boolean reachedTarget, Instant reachedAt, Double baselineKg,
        Double trendKg, Double lostKg, Double creditedKg, Double capKg, boolean capped, BigDecimal percentLost,
        BigDecimal creditedPercent, BigDecimal expectedPercent, int streakDays, int daysElapsed, String explanation) {
}
