package com.weighttracker.teams.domain;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;

/** Small builders for the teams domain tests. */
final class TeamsFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final TeamId TEAM = new TeamId(UUID.fromString("0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01"));

    private TeamsFixtures() {
    }

    static UserId user() {
        return new UserId(UUID.randomUUID());
    }

    static Membership member(TeamRole role) {
        return Membership.restore(TEAM, user(), role, NOW.minusSeconds(3600));
    }

    static Team team(int memberLimit, int memberCount) {
        return Team.restore(TEAM, new TeamName("Morning Walkers"), null, com.weighttracker.teams.TeamVisibility.PUBLIC,
                memberLimit, memberCount, null, NOW, NOW, 0);
    }
}
