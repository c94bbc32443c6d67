package com.weighttracker.teams.application.port.in.leaderboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.MassUnit;

/**
 * Team analytics for owners and admins (FR-7.2) over the last {@code weeks} weeks.
 *
 * @param activity one line per week, oldest first
 * @param mostActive the members with the most weigh-ins, most first
 * @param challengeParticipationRate share of members taking part in a challenge, in percent; 0 until challenges exist
 */
public record TeamAnalyticsView(UUID teamId, int weeks, MassUnit unit, int memberCount, List<WeekActivity> activity,
        AverageLoss averageLoss, List<ActiveMember> mostActive, BigDecimal challengeParticipationRate) {

    /**
     * @param weekStarting the week's Monday by UTC's calendar (each member's weeks are their local weeks)
     * @param weighIns weigh-ins of all members in the week
     * @param activeMembers members with at least one weigh-in in the week
     */
    public record WeekActivity(LocalDate weekStarting, int weighIns, int activeMembers) {
    }

    /**
     * Trend-based loss over the weeks. The mass average covers only members who show their weights
     * (so no private member's mass can be worked out from it); the percent average covers everyone.
     *
     * @param membersWithWeighIns members with a weigh-in in the weeks
     * @param averagePercentLost over those members; null when there are none
     * @param averageLost over those of them who show their weights, in {@code unit}; null when there are none
     * @param membersInAverageLost how many members {@code averageLost} covers
     */
    public record AverageLoss(int membersWithWeighIns, BigDecimal averagePercentLost, BigDecimal averageLost,
            int membersInAverageLost) {
    }

    public record ActiveMember(UUID userId, String username, String displayName, int weighIns) {
    }
}
