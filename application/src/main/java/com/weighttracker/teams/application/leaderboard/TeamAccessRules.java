package com.weighttracker.teams.application.leaderboard;

import java.util.Optional;

import com.weighttracker.shared.ForbiddenException;
import com.weighttracker.shared.NotFoundException;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.out.leaderboard.TeamRoster.TeamAccess;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamPolicy;

/**
 * Who may read a team's figures. A private team does not exist for outsiders: they get the same
 * 404 as for a team that really does not exist, never a hint.
 */
final class TeamAccessRules {

    private TeamAccessRules() {
    }

    /** Members whose role allows {@code action}; for a public team, outsiders too when {@code openToOutsiders}. */
    static void require(Optional<TeamAccess> found, TeamAction action, boolean openToOutsiders) {
        var access = found.orElseThrow(TeamAccessRules::notFound);
        if (!access.isMember()) {
            if (access.visibility() == TeamVisibility.PRIVATE) {
                throw notFound();
            }
            if (!openToOutsiders) {
                throw ForbiddenException.forbidden("Only the team's owners and admins may do this.");
            }
            return;
        }
        if (!TeamPolicy.allows(access.viewerRole(), action)) {
            throw ForbiddenException.forbidden("Your role in this team does not allow this.");
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("Team not found");
    }
}
