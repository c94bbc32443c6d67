package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.REFRESH_TOKENS;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.identity.adapter.persistence.schema.tables.records.RefreshTokensRecord;
import com.weighttracker.identity.application.port.out.RefreshTokenRepository;
import com.weighttracker.identity.domain.RefreshToken;
import com.weighttracker.shared.UserId;

@Repository
class JooqRefreshTokenRepository implements RefreshTokenRepository {

    private final DSLContext dsl;

    JooqRefreshTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(RefreshToken token) {
        dsl.insertInto(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.DIGEST, token.getId())
                .set(REFRESH_TOKENS.USER_ID, token.userId().value())
                .set(REFRESH_TOKENS.FAMILY_ID, token.familyId())
                .set(REFRESH_TOKENS.ISSUED_AT, token.issuedAt())
                .set(REFRESH_TOKENS.EXPIRES_AT, token.expiresAt())
                .execute();
    }

    @Override
    public Optional<RefreshToken> findByDigest(String digest) {
        return dsl.selectFrom(REFRESH_TOKENS).where(REFRESH_TOKENS.DIGEST.eq(digest))
                .fetchOptional(JooqRefreshTokenRepository::toToken);
    }

    @Override
    public boolean consume(String digest, Instant now) {
        return dsl.update(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.CONSUMED_AT, now)
                .where(REFRESH_TOKENS.DIGEST.eq(digest))
                .and(REFRESH_TOKENS.CONSUMED_AT.isNull())
                .and(REFRESH_TOKENS.REVOKED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant now) {
        dsl.update(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.REVOKED_AT, now)
                .where(REFRESH_TOKENS.FAMILY_ID.eq(familyId))
                .and(REFRESH_TOKENS.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public void revokeAllOf(UserId userId, Instant now) {
        dsl.update(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.REVOKED_AT, now)
                .where(REFRESH_TOKENS.USER_ID.eq(userId.value()))
                .and(REFRESH_TOKENS.REVOKED_AT.isNull())
                .execute();
    }

    private static RefreshToken toToken(RefreshTokensRecord row) {
        return new RefreshToken(row.getDigest(), new UserId(row.getUserId()), row.getFamilyId(), row.getIssuedAt(),
                row.getExpiresAt(), row.getConsumedAt(), row.getRevokedAt());
    }
}
