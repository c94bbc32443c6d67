package com.weighttracker.challenges.adapter.persistence;

import static com.weighttracker.challenges.adapter.persistence.schema.Tables.CHALLENGES_;
import static com.weighttracker.challenges.adapter.persistence.schema.Tables.PARTICIPANTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.adapter.persistence.schema.tables.records.ChallengesRecord;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.challenges.domain.ChallengeStatus;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

@Repository
class JooqChallengeRepository implements ChallengeRepository {

    private final DSLContext dsl;
    /**
     * Rendered once: every leaderboard request reads its challenge, and rendering this select cost more
     * than running it (docs/performance.md, challenges). Executed as plain SQL, coerced to the table.
     */
    private final String findSql;

    JooqChallengeRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.findSql = dsl.render(dsl.selectFrom(CHALLENGES_).where(CHALLENGES_.ID.eq(DSL.param("id", UUID.class))));
    }

    @Override
    public void add(Challenge challenge) {
        var row = dsl.newRecord(CHALLENGES_);
        row.setId(challenge.getId().value());
        row.setTeamId(challenge.teamId().orElse(null));
        row.setCreatedBy(challenge.createdBy().value());
        row.setCreatedAt(challenge.createdAt());
        write(row, challenge);
        dsl.insertInto(CHALLENGES_).set(row).execute();
    }

    @Override
    public Optional<Challenge> find(ChallengeId id) {
        return dsl.resultQuery(findSql, id.value()).coerce(CHALLENGES_)
                .fetchOptional(JooqChallengeRepository::toChallenge);
    }

    @Override
    public Optional<Challenge> lock(ChallengeId id) {
        return dsl.selectFrom(CHALLENGES_).where(CHALLENGES_.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqChallengeRepository::toChallenge);
    }

    @Override
    public Map<ChallengeId, Challenge> findAll(Collection<ChallengeId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(CHALLENGES_).where(CHALLENGES_.ID.in(ids.stream().map(ChallengeId::value).toList()))
                .fetch(JooqChallengeRepository::toChallenge).stream()
                .collect(Collectors.toMap(Challenge::getId, Function.identity()));
    }

    @Override
    public void update(Challenge challenge) {
        var row = dsl.newRecord(CHALLENGES_);
        write(row, challenge);
        dsl.update(CHALLENGES_).set(row).where(CHALLENGES_.ID.eq(challenge.getId().value())).execute();
    }

    @Override
    public void delete(ChallengeId id) {
        // participants go with it (on delete cascade)
        dsl.deleteFrom(CHALLENGES_).where(CHALLENGES_.ID.eq(id.value())).execute();
    }

    @Override
    public Page<Challenge> browse(UserId viewer, Set<UUID> teams, ChallengeStatus status, boolean mine,
            LocalDate today, PageRequest page) {
        Condition visible = CHALLENGES_.TEAM_ID.isNull();
        if (!teams.isEmpty()) {
            visible = visible.or(CHALLENGES_.TEAM_ID.in(teams));
        }
        var where = visible;
        List<OrderField<?>> order = new ArrayList<>();
        if (status == ChallengeStatus.UPCOMING) {
            where = where.and(CHALLENGES_.COMPLETED_AT.isNull()).and(CHALLENGES_.START_DATE.gt(today));
            order.add(CHALLENGES_.START_DATE.asc());
        } else if (status == ChallengeStatus.ACTIVE) {
            where = where.and(CHALLENGES_.COMPLETED_AT.isNull()).and(CHALLENGES_.START_DATE.le(today));
            order.add(CHALLENGES_.END_DATE.asc());
        } else if (status == ChallengeStatus.COMPLETED) {
            where = where.and(CHALLENGES_.COMPLETED_AT.isNotNull());
            order.add(CHALLENGES_.COMPLETED_AT.desc());
        } else {
            order.add(CHALLENGES_.START_DATE.desc());
        }
        if (mine) {
            where = where.and(CHALLENGES_.CREATED_BY.eq(viewer.value())
                    .or(DSL.exists(DSL.selectOne().from(PARTICIPANTS).where(PARTICIPANTS.CHALLENGE_ID
                            .eq(CHALLENGES_.ID).and(PARTICIPANTS.USER_ID.eq(viewer.value()))))));
        }
        order.add(CHALLENGES_.ID.asc());
        var total = DSL.field(DSL.selectCount().from(CHALLENGES_).where(where)).as("total");
        var rows = dsl.select(CHALLENGES_.fields()).select(total).from(CHALLENGES_).where(where).orderBy(order)
                .limit(page.limit()).offset(page.offset()).fetch();
        var items = rows.map(row -> toChallenge(row.into(CHALLENGES_)));
        var count = !rows.isEmpty() ? rows.get(0).get(total)
                : page.page() == 1 ? 0 : dsl.fetchCount(CHALLENGES_, where);
        return new Page<>(items, page, count);
    }

    @Override
    public List<ChallengeId> endedBefore(LocalDate before, int limit) {
        return dsl.select(CHALLENGES_.ID).from(CHALLENGES_)
                .where(CHALLENGES_.COMPLETED_AT.isNull()).and(CHALLENGES_.END_DATE.lt(before))
                .orderBy(CHALLENGES_.END_DATE.asc(), CHALLENGES_.ID.asc()).limit(limit)
                .fetch(row -> new ChallengeId(row.value1()));
    }

    @Override
    public Map<ChallengeId, Integer> participantCounts(Collection<ChallengeId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PARTICIPANTS.CHALLENGE_ID, DSL.count()).from(PARTICIPANTS)
                .where(PARTICIPANTS.CHALLENGE_ID.in(ids.stream().map(ChallengeId::value).toList()))
                .groupBy(PARTICIPANTS.CHALLENGE_ID)
                .fetchMap(row -> new ChallengeId(row.value1()), row -> row.value2());
    }

    @Override
    public List<Challenge> startingBetween(LocalDate from, LocalDate to, Set<UUID> teams, int perTeam) {
        Condition visible = CHALLENGES_.TEAM_ID.isNull();
        if (!teams.isEmpty()) {
            visible = visible.or(CHALLENGES_.TEAM_ID.in(teams));
        }
        // the soonest few of the public ones and of each team (challenges_running_idx finds the window)
        var rank = DSL.rowNumber().over(DSL.partitionBy(CHALLENGES_.TEAM_ID)
                .orderBy(CHALLENGES_.START_DATE.asc(), CHALLENGES_.ID.asc())).as("rank");
        var ranked = dsl.select(CHALLENGES_.fields()).select(rank).from(CHALLENGES_)
                .where(CHALLENGES_.COMPLETED_AT.isNull()).and(CHALLENGES_.START_DATE.between(from, to)).and(visible)
                .asTable("ranked");
        return dsl.select(ranked.fields(CHALLENGES_.fields())).from(ranked)
                .where(ranked.field(rank).le(perTeam))
                .orderBy(ranked.field(CHALLENGES_.START_DATE).asc(), ranked.field(CHALLENGES_.ID).asc())
                .fetch(row -> toChallenge(row.into(CHALLENGES_)));
    }

    @Override
    public Map<UserId, List<Challenge>> joinedStartingBetween(Collection<UserId> users, LocalDate from,
            LocalDate to) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var joined = new java.util.HashMap<UserId, List<Challenge>>();
        dsl.select(PARTICIPANTS.USER_ID).select(CHALLENGES_.fields()).from(PARTICIPANTS)
                .join(CHALLENGES_).on(CHALLENGES_.ID.eq(PARTICIPANTS.CHALLENGE_ID))
                .where(PARTICIPANTS.USER_ID.in(users.stream().map(UserId::value).toList()))
                .and(CHALLENGES_.COMPLETED_AT.isNull()).and(CHALLENGES_.START_DATE.between(from, to))
                .orderBy(CHALLENGES_.START_DATE.asc(), CHALLENGES_.ID.asc())
                .forEach(row -> joined.computeIfAbsent(new UserId(row.get(PARTICIPANTS.USER_ID)),
                        user -> new ArrayList<>()).add(toChallenge(row.into(CHALLENGES_))));
        return joined;
    }

    @Override
    public void deleteNotStartedBy(UserId creator, LocalDate today) {
        dsl.deleteFrom(CHALLENGES_).where(CHALLENGES_.CREATED_BY.eq(creator.value()))
                .and(CHALLENGES_.START_DATE.gt(today)).execute();
    }

    private static void write(ChallengesRecord row, Challenge challenge) {
        row.setName(challenge.name());
        row.setDescription(challenge.description().orElse(null));
        row.setType(challenge.type().name());
        row.setStartDate(challenge.startDate());
        row.setEndDate(challenge.endDate());
        row.setTarget(challenge.target());
        row.setRewardPoints(challenge.rewardPoints());
        row.setHandicap(challenge.handicap());
        row.setUpdatedAt(challenge.updatedAt());
        row.setCompletedAt(challenge.completedAt().orElse(null));
        row.setWinners(challenge.winners().stream().map(UserId::value).toArray(UUID[]::new));
    }

    static Challenge toChallenge(ChallengesRecord row) {
        return Challenge.restore(new ChallengeId(row.getId()), row.getName(), row.getDescription(),
                ChallengeType.valueOf(row.getType()), row.getStartDate(), row.getEndDate(), row.getTarget(),
                row.getRewardPoints(), row.getHandicap(), row.getTeamId(), new UserId(row.getCreatedBy()),
                row.getCreatedAt(), row.getUpdatedAt(), row.getCompletedAt(),
                Arrays.stream(row.getWinners()).map(UserId::new).toList());
    }
}
