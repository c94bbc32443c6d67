package com.weighttracker.teams.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.domain.Team;

/** A team as a viewer sees it; {@code myRole} is the viewer's role, null when they are not a member. */
public record TeamView(UUID id, String name, String description, TeamVisibility visibility, int memberLimit,
        int memberCount, boolean hasAvatar, Instant createdAt, Instant updatedAt, TeamRole myRole) {

    public static TeamView of(Team team, TeamRole myRole) {
        return new TeamView(team.getId().value(), team.name().value(), team.description().orElse(null),
                team.visibility(), team.memberLimit(), team.memberCount(), team.avatarKey().isPresent(),
                team.createdAt(), team.updatedAt(), myRole);
    }
}
