package com.weighttracker.teams.adapter.rest.leaderboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.LeaderboardPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of /v1/teams/{teamId}/leaderboard and /analytics, made by {@link LeaderboardRestMapper}. */
final class LeaderboardResponses {

    private LeaderboardResponses() {
    }

    /** The board: sortBy spelled as in the query; the entries carry the masses in {@code unit}. */
    record Leaderboard(UUID teamId,
            @Schema(allowableValues = { "totalLost", "percentLost", "streak", "points" }) String sortBy,
            LeaderboardPeriod period, @Schema(description = "the period's first local day") LocalDate from,
            @Schema(description = "the period's last local day, included") LocalDate to, MassUnit unit,
            @Schema(description = "when the figures were computed (cached until something changes them)")
            Instant computedAt,
            List<LeaderboardEntry> entries) {

        /**
         * A member's line. Masses are null for a member who keeps their weights private (and for a member
         * without a weigh-in in the period), whoever looks.
         */
        record LeaderboardEntry(
                @Schema(nullable = true, description = "null for members without a weigh-in in the period")
                Integer rank,
                UUID userId, @Schema(nullable = true) String username, @Schema(nullable = true) String displayName,
                TeamRole role, boolean weightsPrivate, boolean weighedIn,
                @Schema(nullable = true) BigDecimal percentLost,
                @Schema(nullable = true, description = "the trend's fall in the period, in unit; negative is a gain")
                BigDecimal totalLost,
                @Schema(nullable = true, description = "the first weigh-in in the period") BigDecimal startWeight,
                @Schema(nullable = true, description = "the latest weigh-in in the period") BigDecimal currentWeight,
                @Schema(nullable = true, description = "the trend on the latest day with a weigh-in")
                BigDecimal trendWeight,
                int streakDays, int points) {
        }
    }

    /** Team analytics for owners and admins (FR-7.2) over the last {@code weeks} weeks. */
    record TeamAnalytics(UUID teamId, int weeks, MassUnit unit, int memberCount,
            @Schema(description = "one line per week, oldest first") List<WeekActivity> activity,
            AverageLoss averageLoss,
            @Schema(description = "the members with the most weigh-ins, most first") List<ActiveMember> mostActive,
            @Schema(description = "share of members taking part in a challenge, in percent; 0 until challenges "
                    + "exist") BigDecimal challengeParticipationRate) {

        record WeekActivity(LocalDate weekStarting, int weighIns, int activeMembers) {
        }

        /** Trend-based loss over the weeks; the mass average covers only members who show their weights. */
        record AverageLoss(int membersWithWeighIns, @Schema(nullable = true) BigDecimal averagePercentLost,
                @Schema(nullable = true) BigDecimal averageLost, int membersInAverageLost) {
        }

        record ActiveMember(UUID userId, @Schema(nullable = true) String username,
                @Schema(nullable = true) String displayName, int weighIns) {
        }
    }
}
