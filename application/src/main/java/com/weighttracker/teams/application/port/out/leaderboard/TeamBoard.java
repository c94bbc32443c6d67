package com.weighttracker.teams.application.port.out.leaderboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.LeaderboardPeriod;

/**
 * A team's computed, unranked board for one period: what is cached. It cannot hold the mass of a
 * member who keeps their weights private (ADR 0014): {@link Line} refuses it.
 *
 * @param asOf the UTC day it was computed for; a board of an earlier day is stale
 */
public record TeamBoard(UUID teamId, LeaderboardPeriod period, LocalDate asOf, LocalDate from, LocalDate to,
        Instant computedAt, List<Line> lines) {

    public TeamBoard {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(computedAt, "computedAt");
        lines = List.copyOf(lines);
    }

    /**
     * One member. Without a weigh-in in the period, {@code percentLost} and every mass are null.
     *
     * @param weightsPrivate the member's weight visibility is private: every mass is null
     * @param lostKg the trend's fall in kilograms
     */
    public record Line(UserId userId, String username, String displayName, TeamRole role, boolean weightsPrivate,
            BigDecimal percentLost, int streakDays, int points, Double lostKg, Double startKg, Double currentKg,
            Double trendKg) {

        public Line {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(role, "role");
            if (weightsPrivate && (lostKg != null || startKg != null || currentKg != null || trendKg != null)) {
                throw new IllegalArgumentException("a member who keeps their weights private has no mass on a board");
            }
        }

        public boolean weighedIn() {
            return percentLost != null;
        }
    }
}
