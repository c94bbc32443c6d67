package com.weighttracker.teams;

import static com.weighttracker.teams.adapter.persistence.schema.Tables.MEMBERS;
import static com.weighttracker.teams.adapter.persistence.schema.Tables.TEAMS_;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;

import com.weighttracker.support.TestUser;

/**
 * Teams for leaderboard tests, written straight into {@code teams.teams} and {@code teams.members}
 * (keeping {@code member_count} in step) until the teams API exists on this branch; swap for the API
 * once it does.
 */
final class LeaderboardTestTeams {

    private final DSLContext dsl;

    LeaderboardTestTeams(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Map<TestUser, TeamRole> members(Object... usersAndRoles) {
        var members = new LinkedHashMap<TestUser, TeamRole>();
        for (var i = 0; i < usersAndRoles.length; i += 2) {
            members.put((TestUser) usersAndRoles[i], (TeamRole) usersAndRoles[i + 1]);
        }
        return members;
    }

    UUID create(TeamVisibility visibility, Instant createdAt, Map<TestUser, TeamRole> members) {
        var id = UUID.randomUUID();
        dsl.insertInto(TEAMS_).set(TEAMS_.ID, id).set(TEAMS_.NAME, "Board " + id.toString().substring(0, 18))
                .set(TEAMS_.VISIBILITY, visibility.name()).set(TEAMS_.MEMBER_LIMIT, 200)
                .set(TEAMS_.MEMBER_COUNT, 0).set(TEAMS_.CREATED_AT, createdAt).set(TEAMS_.UPDATED_AT, createdAt)
                .set(TEAMS_.VERSION, 0L).execute();
        members.forEach((user, role) -> join(id, user, role, createdAt));
        return id;
    }

    void join(UUID teamId, TestUser user, TeamRole role, Instant joinedAt) {
        dsl.insertInto(MEMBERS).set(MEMBERS.TEAM_ID, teamId).set(MEMBERS.USER_ID, UUID.fromString(user.id()))
                .set(MEMBERS.ROLE, role.name()).set(MEMBERS.JOINED_AT, joinedAt).execute();
        dsl.update(TEAMS_).set(TEAMS_.MEMBER_COUNT, TEAMS_.MEMBER_COUNT.plus(1)).where(TEAMS_.ID.eq(teamId)).execute();
    }
}
