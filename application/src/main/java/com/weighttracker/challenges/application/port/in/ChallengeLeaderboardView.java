package com.weighttracker.challenges.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.domain.ChallengeStatus;
import com.weighttracker.shared.Page;

/** A challenge's ranking on a day, with the rules it was scored by. */
public record ChallengeLeaderboardView(UUID challengeId, ChallengeType type, ChallengeStatus status, LocalDate asOf,
        BigDecimal target, String scoring, Page<Entry> entries) {

    /**
     * One participant. Those who keep their weights private show percent lost and rank only: every
     * mass (and a score in kilograms) is null for them.
     *
     * @param rank null until they have a baseline (a weigh-in around the start)
     */
    public record Entry(Integer rank, UUID userId, String username, String displayName, boolean weightsPrivate,
            boolean qualified, BigDecimal score, BigDecimal percentLost, Double lostKg, Double creditedKg,
            boolean capped, int streakDays, boolean reachedTarget) {
    }
}
