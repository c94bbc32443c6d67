package com.weighttracker.teams.application.port.in.leaderboard;

import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/** Team analytics (FR-7.2), for the roles allowed to view them (owners and admins). */
public interface ViewTeamAnalyticsUseCase {

    int DEFAULT_WEEKS = 8;
    int MAX_WEEKS = 26;
    int MOST_ACTIVE = 5;

    /**
     * @param weeks 1 to {@value #MAX_WEEKS}; null for {@value #DEFAULT_WEEKS}
     * @param unit null for the viewer's preferred unit
     * @throws com.weighttracker.teams.domain.TeamRejections.TeamNotFound for a missing team, or a private one
     *         the viewer is not in
     * @throws com.weighttracker.shared.NotPermitted ({@code NotTeamMember}, {@code RoleDoesNotAllow}) for anyone
     *         else, whose role may not view analytics
     */
    TeamAnalyticsView analytics(UUID teamId, UserId viewer, Integer weeks, MassUnit unit);
}
