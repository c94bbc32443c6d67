package com.weighttracker.teams.adapter.persistence.leaderboard;

import static com.weighttracker.teams.adapter.persistence.schema.Tables.MEMBERS;
import static com.weighttracker.teams.adapter.persistence.schema.Tables.TEAMS_;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.out.leaderboard.TeamRoster;
import com.weighttracker.teams.domain.TeamAccess;

/**
 * Rosters by primary key: the access check is one query (the team left-joined with the viewer's
 * membership), the roster two (at most 200 members), a user's teams one through {@code members_user_idx}.
 */
@Repository
class JooqTeamRoster implements TeamRoster {

    private final DSLContext dsl;

    JooqTeamRoster(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<TeamAccess> access(UUID teamId, UserId viewer) {
        return dsl.select(TEAMS_.VISIBILITY, MEMBERS.ROLE)
                .from(TEAMS_)
                .leftJoin(MEMBERS).on(MEMBERS.TEAM_ID.eq(TEAMS_.ID).and(MEMBERS.USER_ID.eq(viewer.value())))
                .where(TEAMS_.ID.eq(teamId))
                .fetchOptional(row -> new TeamAccess(TeamVisibility.valueOf(row.value1()),
                        row.value2() == null ? null : TeamRole.valueOf(row.value2())));
    }

    @Override
    public Optional<Roster> roster(UUID teamId) {
        return dsl.select(TEAMS_.VISIBILITY, TEAMS_.CREATED_AT).from(TEAMS_).where(TEAMS_.ID.eq(teamId))
                .fetchOptional()
                .map(team -> new Roster(teamId, TeamVisibility.valueOf(team.value1()), team.value2(),
                        dsl.select(MEMBERS.USER_ID, MEMBERS.ROLE, MEMBERS.JOINED_AT).from(MEMBERS)
                                .where(MEMBERS.TEAM_ID.eq(teamId))
                                .orderBy(MEMBERS.JOINED_AT, MEMBERS.USER_ID)
                                .fetch(Records.mapping((userId, role, joinedAt) -> new Member(new UserId(userId),
                                        TeamRole.valueOf(role), joinedAt)))));
    }

    @Override
    public List<UUID> teamsOf(UserId userId) {
        // plain SQL: every weigh-in asks (leaderboard eviction), and rendering cost more than running it
        return dsl.resultQuery("select team_id from teams.members where user_id = ?", userId.value())
                .fetch(0, UUID.class);
    }
}
