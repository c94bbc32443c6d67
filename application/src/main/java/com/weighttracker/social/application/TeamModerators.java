package com.weighttracker.social.application;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamRole;

/** Who moderates a team's posts and comments: its moderators, admins and owner (FR-4.1.4), as teams says. */
final class TeamModerators {

    private static final Set<TeamRole> MODERATING = EnumSet.of(TeamRole.OWNER, TeamRole.ADMIN, TeamRole.MODERATOR);

    private TeamModerators() {
    }

    static boolean moderates(TeamMembership teams, UUID teamId, UserId user) {
        return teamId != null && teams.roleOf(teamId, user).filter(MODERATING::contains).isPresent();
    }
}
