package com.weighttracker.challenges.adapter.persistence;

import static com.weighttracker.challenges.adapter.persistence.schema.Tables.CHALLENGES_;
import static com.weighttracker.challenges.adapter.persistence.schema.Tables.PARTICIPANTS;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.challenges.adapter.persistence.schema.tables.records.ParticipantsRecord;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.challenges.domain.ChallengeRejections.AlreadyParticipating;
import com.weighttracker.challenges.domain.Participant;
import com.weighttracker.shared.UserId;

@Repository
class JooqParticipantRepository implements ParticipantRepository {

    private final DSLContext dsl;
    /** Rendered once: a private viewer's own leaderboard line reads it on every request (as the challenge's find). */
    private final String findSql;

    JooqParticipantRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.findSql = dsl.render(dsl.selectFrom(PARTICIPANTS).where(PARTICIPANTS.CHALLENGE_ID
                .eq(DSL.param("challengeId", UUID.class)).and(PARTICIPANTS.USER_ID.eq(DSL.param("userId", UUID.class)))));
    }

    /** The challenge's row is locked by the caller, so the count cannot change between count and insert. */
    @Override
    public boolean addIfRoom(Participant participant) {
        var challenge = participant.getId().challengeId().value();
        var count = dsl.fetchCount(PARTICIPANTS, PARTICIPANTS.CHALLENGE_ID.eq(challenge));
        if (count >= Challenge.MAX_PARTICIPANTS) {
            return false;
        }
        var row = dsl.newRecord(PARTICIPANTS);
        row.setChallengeId(challenge);
        row.setUserId(participant.userId().value());
        row.setJoinedAt(participant.joinedAt());
        write(row, participant);
        if (dsl.insertInto(PARTICIPANTS).set(row).onConflictDoNothing().execute() == 0) {
            throw new AlreadyParticipating();
        }
        return true;
    }

    @Override
    public Optional<Participant> find(ChallengeId challenge, UserId user) {
        return dsl.resultQuery(findSql, challenge.value(), user.value()).coerce(PARTICIPANTS)
                .fetchOptional(JooqParticipantRepository::toParticipant);
    }

    @Override
    public boolean remove(ChallengeId challenge, UserId user) {
        return dsl.deleteFrom(PARTICIPANTS)
                .where(PARTICIPANTS.CHALLENGE_ID.eq(challenge.value()).and(PARTICIPANTS.USER_ID.eq(user.value())))
                .execute() > 0;
    }

    @Override
    public List<Participant> of(ChallengeId challenge) {
        return dsl.selectFrom(PARTICIPANTS).where(PARTICIPANTS.CHALLENGE_ID.eq(challenge.value()))
                .limit(Challenge.MAX_PARTICIPANTS).fetch(JooqParticipantRepository::toParticipant);
    }

    @Override
    public void update(Collection<Participant> participants) {
        if (participants.isEmpty()) {
            return;
        }
        var updates = participants.stream().map(participant -> {
            var row = dsl.newRecord(PARTICIPANTS);
            write(row, participant);
            return dsl.update(PARTICIPANTS).set(row)
                    .where(PARTICIPANTS.CHALLENGE_ID.eq(participant.getId().challengeId().value())
                            .and(PARTICIPANTS.USER_ID.eq(participant.userId().value())));
        }).toList();
        dsl.batch(updates).execute();
    }

    @Override
    public List<Participant> runningOf(Collection<UserId> users, LocalDate startedBy) {
        if (users.isEmpty()) {
            return List.of();
        }
        return dsl.select(PARTICIPANTS.fields()).from(PARTICIPANTS).join(CHALLENGES_)
                .on(CHALLENGES_.ID.eq(PARTICIPANTS.CHALLENGE_ID))
                .where(PARTICIPANTS.USER_ID.in(users.stream().map(UserId::value).toList()))
                .and(CHALLENGES_.COMPLETED_AT.isNull()).and(CHALLENGES_.START_DATE.le(startedBy))
                .fetch(row -> toParticipant(row.into(PARTICIPANTS)));
    }

    @Override
    public Set<ChallengeId> joinedOf(UserId user, Collection<ChallengeId> challenges) {
        if (challenges.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(PARTICIPANTS.CHALLENGE_ID).from(PARTICIPANTS)
                .where(PARTICIPANTS.USER_ID.eq(user.value()))
                .and(PARTICIPANTS.CHALLENGE_ID.in(challenges.stream().map(ChallengeId::value).toList()))
                .fetch(row -> new ChallengeId(row.value1())));
    }

    @Override
    public List<ChallengeId> challengesOf(UserId user) {
        return dsl.select(PARTICIPANTS.CHALLENGE_ID).from(PARTICIPANTS).where(PARTICIPANTS.USER_ID.eq(user.value()))
                .fetch(row -> new ChallengeId(row.value1()));
    }

    @Override
    public void removeEverywhere(UserId user) {
        dsl.deleteFrom(PARTICIPANTS).where(PARTICIPANTS.USER_ID.eq(user.value())).execute();
    }

    private static void write(ParticipantsRecord row, Participant participant) {
        row.setBaselineKg(participant.baselineKg().orElse(null));
        row.setTrendKg(participant.trendKg().orElse(null));
        row.setBestStreak(participant.bestStreak());
        row.setReachedAt(participant.reachedAt().orElse(null));
    }

    static Participant toParticipant(ParticipantsRecord row) {
        return Participant.restore(new ChallengeId(row.getChallengeId()), new UserId(row.getUserId()),
                row.getJoinedAt(), row.getBaselineKg(), row.getTrendKg(), row.getBestStreak(), row.getReachedAt());
    }
}
