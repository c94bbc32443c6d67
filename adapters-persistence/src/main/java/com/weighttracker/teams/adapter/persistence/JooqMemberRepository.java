package com.weighttracker.teams.adapter.persistence;

import static com.weighttracker.teams.adapter.persistence.schema.Tables.DEPARTING_USERS;
import static com.weighttracker.teams.adapter.persistence.schema.Tables.MEMBERS;
import static com.weighttracker.teams.adapter.persistence.schema.Tables.TEAMS_;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import com.weighttracker.platform.adapter.persistence.ConstraintViolations;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.adapter.persistence.schema.tables.records.MembersRecord;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.MembershipId;
import com.weighttracker.teams.domain.TeamId;
import com.weighttracker.teams.domain.TeamRejections.AlreadyMember;

@Repository
class JooqMemberRepository implements MemberRepository {

    /** Roles by rank, owner first, as the database sorts them. */
    private static final Field<Integer> RANK = DSL.case_(MEMBERS.ROLE)
            .when(TeamRole.OWNER.name(), 0)
            .when(TeamRole.ADMIN.name(), 1)
            .when(TeamRole.MODERATOR.name(), 2)
            .otherwise(3);

    private final DSLContext dsl;
    private final String teamsOfSql;

    JooqMemberRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.teamsOfSql = dsl.render(dsl.select(MEMBERS.TEAM_ID).from(MEMBERS)
                .where(MEMBERS.USER_ID.eq(DSL.param("userId", UUID.class))));
    }

    @Override
    public Optional<Membership> find(TeamId team, UserId user) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.TEAM_ID.eq(team.value()).and(MEMBERS.USER_ID.eq(user.value())))
                .fetchOptional(JooqMemberRepository::toMembership);
    }

    @Override
    public boolean addIfRoom(Membership member) {
        // The guarded increment is the seat: it locks the team's row, and a join that waited for
        // another's commit re-reads the count, so only as many joins as there are seats succeed.
        var seated = dsl.update(TEAMS_).set(TEAMS_.MEMBER_COUNT, TEAMS_.MEMBER_COUNT.plus(1))
                .where(TEAMS_.ID.eq(member.teamId().value()))
                .and(TEAMS_.MEMBER_COUNT.lt(TEAMS_.MEMBER_LIMIT))
                .execute();
        if (seated == 0) {
            return false;
        }
        try {
            dsl.insertInto(MEMBERS).set(toRecord(dsl, member)).execute();
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
                throw new AlreadyMember();
            }
            throw e;
        }
        return true;
    }

    @Override
    public boolean remove(MembershipId id) {
        var removed = dsl.deleteFrom(MEMBERS)
                .where(MEMBERS.TEAM_ID.eq(id.teamId().value()).and(MEMBERS.USER_ID.eq(id.userId().value())))
                .execute();
        if (removed == 0) {
            return false;
        }
        dsl.update(TEAMS_).set(TEAMS_.MEMBER_COUNT, TEAMS_.MEMBER_COUNT.minus(1))
                .where(TEAMS_.ID.eq(id.teamId().value())).execute();
        return true;
    }

    @Override
    public void updateRole(Membership member) {
        dsl.update(MEMBERS).set(MEMBERS.ROLE, member.role().name())
                .where(MEMBERS.TEAM_ID.eq(member.teamId().value()).and(MEMBERS.USER_ID.eq(member.userId().value())))
                .execute();
    }

    @Override
    public Page<Membership> list(TeamId team, PageRequest page) {
        return Pages.of(dsl, MEMBERS, MEMBERS.TEAM_ID.eq(team.value()).andNotExists(
                        DSL.selectOne().from(DEPARTING_USERS).where(DEPARTING_USERS.USER_ID.eq(MEMBERS.USER_ID))),
                List.of(RANK.asc(), MEMBERS.JOINED_AT.asc(), MEMBERS.USER_ID.asc()), page,
                JooqMemberRepository::toMembership);
    }

    @Override
    public void markDeparting(UserId user, Instant since) {
        dsl.insertInto(DEPARTING_USERS).set(DEPARTING_USERS.USER_ID, user.value()).set(DEPARTING_USERS.SINCE, since)
                .onConflict(DEPARTING_USERS.USER_ID).doUpdate()
                .set(DEPARTING_USERS.SINCE, DSL.greatest(DEPARTING_USERS.SINCE, DSL.excluded(DEPARTING_USERS.SINCE)))
                .execute();
    }

    @Override
    public void unmarkDeparting(UserId user, Instant at) {
        dsl.deleteFrom(DEPARTING_USERS).where(DEPARTING_USERS.USER_ID.eq(user.value()))
                .and(DEPARTING_USERS.SINCE.le(at)).execute();
    }

    @Override
    public Set<UserId> memberIds(TeamId team) {
        return dsl.select(MEMBERS.USER_ID).from(MEMBERS).where(MEMBERS.TEAM_ID.eq(team.value()))
                .fetchSet(row -> new UserId(row.value1()));
    }

    @Override
    public Map<TeamId, TeamRole> rolesOf(UserId user, Collection<TeamId> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        return dsl.select(MEMBERS.TEAM_ID, MEMBERS.ROLE).from(MEMBERS)
                .where(MEMBERS.USER_ID.eq(user.value()))
                .and(MEMBERS.TEAM_ID.in(teams.stream().map(TeamId::value).toList()))
                .fetch().stream()
                .collect(Collectors.toMap(row -> new TeamId(row.value1()), row -> TeamRole.valueOf(row.value2())));
    }

    @Override
    public Page<Membership> ofUser(UserId user, PageRequest page) {
        return Pages.of(dsl, MEMBERS, MEMBERS.USER_ID.eq(user.value()),
                List.of(MEMBERS.JOINED_AT.desc(), MEMBERS.TEAM_ID.asc()), page, JooqMemberRepository::toMembership);
    }

    /** Rendered once, bound per request: every team feed page asks it (docs/performance.md, social feeds). */
    @Override
    public Set<TeamId> teamsOf(UserId user) {
        return dsl.resultQuery(teamsOfSql, user.value()).coerce(MEMBERS.TEAM_ID)
                .fetchSet(row -> new TeamId(row.value1()));
    }

    @Override
    public Map<UserId, Set<TeamId>> teamsOfAll(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var ids = users.stream().map(UserId::value).distinct().toArray(UUID[]::new);
        var byUser = new HashMap<UserId, Set<TeamId>>();
        dsl.select(MEMBERS.USER_ID, MEMBERS.TEAM_ID).from(MEMBERS).where(MEMBERS.USER_ID.eq(DSL.any(ids)))
                .forEach(row -> byUser.computeIfAbsent(new UserId(row.value1()), user -> new HashSet<>())
                        .add(new TeamId(row.value2())));
        return byUser;
    }

    @Override
    public List<Membership> someOf(UserId user, int limit) {
        return dsl.selectFrom(MEMBERS).where(MEMBERS.USER_ID.eq(user.value())).limit(limit)
                .fetch(JooqMemberRepository::toMembership);
    }

    @Override
    public Optional<Membership> successor(TeamId team, UserId leaving) {
        return dsl.selectFrom(MEMBERS)
                .where(MEMBERS.TEAM_ID.eq(team.value()).and(MEMBERS.USER_ID.ne(leaving.value())))
                .orderBy(RANK.asc(), MEMBERS.JOINED_AT.asc(), MEMBERS.USER_ID.asc())
                .limit(1)
                .fetchOptional(JooqMemberRepository::toMembership);
    }

    static MembersRecord toRecord(DSLContext dsl, Membership member) {
        var row = dsl.newRecord(MEMBERS);
        row.setTeamId(member.teamId().value());
        row.setUserId(member.userId().value());
        row.setRole(member.role().name());
        row.setJoinedAt(member.joinedAt());
        return row;
    }

    static Membership toMembership(MembersRecord row) {
        return Membership.restore(new TeamId(row.getTeamId()), new UserId(row.getUserId()),
                TeamRole.valueOf(row.getRole()), row.getJoinedAt());
    }
}
