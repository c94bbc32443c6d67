package com.weighttracker.teams.adapter.persistence;

import static com.weighttracker.teams.adapter.persistence.schema.Tables.JOIN_REQUESTS;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import com.weighttracker.platform.adapter.persistence.ConstraintViolations;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.adapter.persistence.schema.tables.records.JoinRequestsRecord;
import com.weighttracker.teams.application.port.out.JoinRequestRepository;
import com.weighttracker.teams.domain.JoinRequest;
import com.weighttracker.teams.domain.JoinRequestId;
import com.weighttracker.teams.domain.TeamId;
import com.weighttracker.teams.domain.TeamRejections.JoinRequestPending;

@Repository
class JooqJoinRequestRepository implements JoinRequestRepository {

    private final DSLContext dsl;

    JooqJoinRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(JoinRequest request) {
        var row = dsl.newRecord(JOIN_REQUESTS);
        row.setId(request.getId().value());
        row.setTeamId(request.teamId().value());
        row.setUserId(request.userId().value());
        row.setMessage(request.message().orElse(null));
        row.setStatus(request.status().name());
        row.setCreatedAt(request.createdAt());
        try {
            dsl.insertInto(JOIN_REQUESTS).set(row).execute();
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
                throw new JoinRequestPending();
            }
            throw e;
        }
    }

    @Override
    public Optional<JoinRequest> lock(TeamId team, JoinRequestId id) {
        return dsl.selectFrom(JOIN_REQUESTS)
                .where(JOIN_REQUESTS.ID.eq(id.value()).and(JOIN_REQUESTS.TEAM_ID.eq(team.value())))
                .forUpdate()
                .fetchOptional(JooqJoinRequestRepository::toRequest);
    }

    @Override
    public void update(JoinRequest request) {
        dsl.update(JOIN_REQUESTS)
                .set(JOIN_REQUESTS.STATUS, request.status().name())
                .set(JOIN_REQUESTS.DECIDED_AT, request.decidedAt().orElse(null))
                .set(JOIN_REQUESTS.DECIDED_BY, request.decidedBy().map(UserId::value).orElse(null))
                .where(JOIN_REQUESTS.ID.eq(request.getId().value()))
                .execute();
    }

    @Override
    public Page<JoinRequest> list(TeamId team, JoinRequest.Status status, PageRequest page) {
        return Pages.of(dsl, JOIN_REQUESTS,
                JOIN_REQUESTS.TEAM_ID.eq(team.value()).and(JOIN_REQUESTS.STATUS.eq(status.name())),
                List.of(JOIN_REQUESTS.CREATED_AT.asc(), JOIN_REQUESTS.ID.asc()), page,
                JooqJoinRequestRepository::toRequest);
    }

    @Override
    public Page<JoinRequest> ofUser(UserId user, JoinRequest.Status status, PageRequest page) {
        var where = JOIN_REQUESTS.USER_ID.eq(user.value());
        if (status != null) {
            where = where.and(JOIN_REQUESTS.STATUS.eq(status.name()));
        }
        // join_requests_user_idx (user_id, created_at, id), read backwards
        return Pages.of(dsl, JOIN_REQUESTS, where, List.of(JOIN_REQUESTS.CREATED_AT.desc(), JOIN_REQUESTS.ID.desc()),
                page, JooqJoinRequestRepository::toRequest);
    }

    @Override
    public void deleteAllOf(UserId user) {
        dsl.deleteFrom(JOIN_REQUESTS).where(JOIN_REQUESTS.USER_ID.eq(user.value())).execute();
    }

    private static JoinRequest toRequest(JoinRequestsRecord row) {
        return JoinRequest.restore(new JoinRequestId(row.getId()), new TeamId(row.getTeamId()),
                new UserId(row.getUserId()), row.getMessage(), JoinRequest.Status.valueOf(row.getStatus()),
                row.getCreatedAt(), row.getDecidedAt(),
                row.getDecidedBy() == null ? null : new UserId(row.getDecidedBy()));
    }
}
