package com.weighttracker.teams.application.port.in.leaderboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.LeaderboardPeriod;

/**
 * One page of a team's leaderboard.
 *
 * @param from the period's first local day
 * @param to the period's last local day, included
 * @param computedAt when the figures were computed (they are cached until something changes them)
 */
public record LeaderboardView(UUID teamId, LeaderboardSort sortBy, LeaderboardPeriod period, LocalDate from,
        LocalDate to, MassUnit unit, Instant computedAt, Page<Entry> entries) {

    /**
     * A member's line. Masses are null for a member who keeps their weights private (and for a member
     * without a weigh-in in the period), whoever looks; {@code rank} is null for members without a
     * weigh-in in the period, who come last.
     *
     * @param weightsPrivate the member shows % lost and rank only
     * @param totalLost the trend's fall in the period, in {@code unit}; negative is a gain
     * @param startWeight the first weigh-in in the period
     * @param currentWeight the latest weigh-in in the period
     * @param trendWeight the trend on the latest day with a weigh-in
     */
    public record Entry(Integer rank, UUID userId, String username, String displayName, TeamRole role,
            boolean weightsPrivate, boolean weighedIn, BigDecimal percentLost, BigDecimal totalLost,
            BigDecimal startWeight, BigDecimal currentWeight, BigDecimal trendWeight, int streakDays, int points) {
    }
}
