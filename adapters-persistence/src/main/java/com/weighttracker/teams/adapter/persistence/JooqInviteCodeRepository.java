package com.weighttracker.teams.adapter.persistence;

import static com.weighttracker.teams.adapter.persistence.schema.Tables.INVITE_CODES;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.adapter.persistence.schema.tables.records.InviteCodesRecord;
import com.weighttracker.teams.application.port.out.InviteCodeRepository;
import com.weighttracker.teams.domain.InviteCode;
import com.weighttracker.teams.domain.InviteCodeId;
import com.weighttracker.teams.domain.TeamId;

@Repository
class JooqInviteCodeRepository implements InviteCodeRepository {

    private final DSLContext dsl;

    JooqInviteCodeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(InviteCode code) {
        var row = dsl.newRecord(INVITE_CODES);
        row.setCode(code.getId().value());
        row.setTeamId(code.teamId().value());
        row.setCreatedBy(code.createdBy().value());
        row.setCreatedAt(code.createdAt());
        row.setExpiresAt(code.expiresAt());
        row.setMaxUses(code.maxUses().orElse(null));
        row.setUses(code.uses());
        row.setRevokedAt(code.revokedAt().orElse(null));
        dsl.insertInto(INVITE_CODES).set(row).execute();
    }

    @Override
    public Optional<InviteCode> lock(InviteCodeId code) {
        return dsl.selectFrom(INVITE_CODES).where(INVITE_CODES.CODE.eq(code.value())).forUpdate()
                .fetchOptional(JooqInviteCodeRepository::toCode);
    }

    @Override
    public void update(InviteCode code) {
        dsl.update(INVITE_CODES)
                .set(INVITE_CODES.USES, code.uses())
                .set(INVITE_CODES.REVOKED_AT, code.revokedAt().orElse(null))
                .where(INVITE_CODES.CODE.eq(code.getId().value()))
                .execute();
    }

    @Override
    public Page<InviteCode> list(TeamId team, PageRequest page) {
        return Pages.of(dsl, INVITE_CODES, INVITE_CODES.TEAM_ID.eq(team.value()),
                List.of(INVITE_CODES.CREATED_AT.desc(), INVITE_CODES.CODE.asc()), page,
                JooqInviteCodeRepository::toCode);
    }

    @Override
    public int countActive(TeamId team, Instant now) {
        return dsl.fetchCount(INVITE_CODES, INVITE_CODES.TEAM_ID.eq(team.value())
                .and(INVITE_CODES.REVOKED_AT.isNull())
                .and(INVITE_CODES.EXPIRES_AT.gt(now))
                .and(INVITE_CODES.MAX_USES.isNull().or(INVITE_CODES.USES.lt(INVITE_CODES.MAX_USES))));
    }

    private static InviteCode toCode(InviteCodesRecord row) {
        return InviteCode.restore(new InviteCodeId(row.getCode()), new TeamId(row.getTeamId()),
                new UserId(row.getCreatedBy()), row.getCreatedAt(), row.getExpiresAt(), row.getMaxUses(),
                row.getUses(), row.getRevokedAt());
    }
}
