package com.weighttracker.teams.application.port.out.leaderboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.domain.TeamAccess;

/** Reads who is in a team, for leaderboards and analytics. Bounded: a team has at most 200 members. */
public interface TeamRoster {

    /** In one query, the team's visibility and the viewer's role in it, to ask; empty when there is no such team. */
    Optional<TeamAccess> access(UUID teamId, UserId viewer);

    /** The team and all its members; empty when there is no such team. */
    Optional<Roster> roster(UUID teamId);

    /** The teams the user is a member of. */
    List<UUID> teamsOf(UserId userId);

    record Roster(UUID teamId, TeamVisibility visibility, Instant createdAt, List<Member> members) {

        public Roster {
            members = List.copyOf(members);
        }
    }

    record Member(UserId userId, TeamRole role, Instant joinedAt) {
    }
}
