package com.weighttracker.challenges.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * A challenge's ranked standings with its participants' names, computed for one UTC day: what is
 * cached (ADR 25). It cannot hold the mass of a participant who keeps their weights private, as team
 * boards (ADR 14): {@link Line} refuses it; the one viewer who may see those masses, the participant
 * themselves, gets them from their own row.
 *
 * @param asOf the UTC day it was computed for; a board of an earlier day is stale
 */
public record ChallengeBoard(UUID challengeId, LocalDate asOf, Instant computedAt, List<Line> lines) {

    public ChallengeBoard {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(computedAt, "computedAt");
        lines = List.copyOf(lines);
    }

    /**
     * One participant, in rank order.
     *
     * @param rank null until they have a baseline
     * @param weightsPrivate they keep their weights private (or identity no longer knows them): no mass,
     *        and no score in kilograms
     * @param score null only where it is a mass of a private participant
     */
    public record Line(Integer rank, UserId userId, String username, String displayName, boolean weightsPrivate,
            boolean qualified, BigDecimal score, BigDecimal percentLost, Double lostKg, Double creditedKg,
            boolean capped, int streakDays, boolean reachedTarget) {

        public Line {
            Objects.requireNonNull(userId, "userId");
            if (weightsPrivate && (lostKg != null || creditedKg != null)) {
                throw new IllegalArgumentException("a participant who keeps their weights private has no mass on a board");
            }
        }
    }
}
