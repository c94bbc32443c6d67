package com.weighttracker.teams;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The most users {@link #teamsOfAll} takes in one call. */
    int MAX_USERS = 500;

    /**
     * Every team of each of {@code users}, with its name and size, in two queries however many users (the
     * weekly summary's team highlights). Users in no team are left out.
     *
     * @param users at most {@value #MAX_USERS}
     * @throws IllegalArgumentException for more
     */
    Map<UserId, List<TeamSummary>> teamsOfAll(Collection<UserId> users);

    /** A team as others may name it: its id, name and member count. */
    record TeamSummary(UUID teamId, String name, int memberCount) {
    }

    /** Whether the team is public or private, if it exists. */
    Optional<TeamVisibility> visibilityOf(UUID teamId);
}
