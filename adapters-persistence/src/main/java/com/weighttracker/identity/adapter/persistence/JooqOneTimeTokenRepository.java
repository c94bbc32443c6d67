package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.ONE_TIME_TOKENS;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.identity.adapter.persistence.schema.tables.records.OneTimeTokensRecord;
import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.shared.UserId;

@Repository
class JooqOneTimeTokenRepository implements OneTimeTokenRepository {

    private final DSLContext dsl;

    JooqOneTimeTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(OneTimeToken token) {
        dsl.insertInto(ONE_TIME_TOKENS)
                .set(ONE_TIME_TOKENS.DIGEST, token.getId())
                .set(ONE_TIME_TOKENS.USER_ID, token.userId().value())
                .set(ONE_TIME_TOKENS.PURPOSE, token.purpose().name())
                .set(ONE_TIME_TOKENS.EXPIRES_AT, token.expiresAt())
                .execute();
    }

    @Override
    public Optional<OneTimeToken> findByDigest(String digest) {
        return dsl.selectFrom(ONE_TIME_TOKENS).where(ONE_TIME_TOKENS.DIGEST.eq(digest))
                .fetchOptional(JooqOneTimeTokenRepository::toToken);
    }

    @Override
    public boolean markUsed(String digest, Instant now) {
        return dsl.update(ONE_TIME_TOKENS)
                .set(ONE_TIME_TOKENS.USED_AT, now)
                .where(ONE_TIME_TOKENS.DIGEST.eq(digest))
                .and(ONE_TIME_TOKENS.USED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void invalidateOutstanding(UserId userId, OneTimeToken.Purpose purpose, Instant now) {
        dsl.update(ONE_TIME_TOKENS)
                .set(ONE_TIME_TOKENS.USED_AT, now)
                .where(ONE_TIME_TOKENS.USER_ID.eq(userId.value()))
                .and(ONE_TIME_TOKENS.PURPOSE.eq(purpose.name()))
                .and(ONE_TIME_TOKENS.USED_AT.isNull())
                .execute();
    }

    private static OneTimeToken toToken(OneTimeTokensRecord row) {
        return new OneTimeToken(row.getDigest(), new UserId(row.getUserId()),
                OneTimeToken.Purpose.valueOf(row.getPurpose()), row.getExpiresAt(), row.getUsedAt());
    }
}
