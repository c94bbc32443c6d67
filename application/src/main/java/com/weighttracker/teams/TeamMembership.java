package com.weighttracker.teams;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Teams' published query: who belongs to a team and with which role, for contexts that show or
 * guard team things (messaging's team chat, social's team feed, the leaderboard) without reading
 * teams' tables. A team that does not exist has no members and no visibility.
 */
public interface TeamMembership {

    /** The user's role in the team, or empty when they are not a member (or there is no such team). */
    Optional<TeamRole> roleOf(UUID teamId, UserId userId);

    /** Every member of the team (at most 200). */
    Set<UserId> memberIds(UUID teamId);

    /** Every team the user is a member of. */
    Set<UUID> teamsOf(UserId userId);

    /** Whether the team is public or private, if it exists. */
    Optional<TeamVisibility> visibilityOf(UUID teamId);
}
