package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.PROFILES;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.USER_AVATARS;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import com.weighttracker.identity.application.port.out.UserAvatarRepository;
import com.weighttracker.shared.UserId;

/**
 * {@code identity.user_avatars}, one row per user with an avatar. Changes of one user's avatar are
 * serialised by a lock on their profile row, so two uploads at once cannot both take the same
 * previous key (and leave one image unreferenced).
 */
@Repository
class JooqUserAvatarRepository implements UserAvatarRepository {

    private final DSLContext dsl;

    JooqUserAvatarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StoredAvatar> find(UserId userId) {
        return dsl.select(USER_AVATARS.BLOB_KEY, USER_AVATARS.CHANGED_AT).from(USER_AVATARS)
                .where(USER_AVATARS.USER_ID.eq(userId.value()))
                .fetchOptional(Records.mapping(StoredAvatar::new));
    }

    @Override
    public Optional<String> replace(UserId userId, String blobKey, Instant changedAt) {
        var previous = lockedKey(userId);
        dsl.insertInto(USER_AVATARS)
                .set(USER_AVATARS.USER_ID, userId.value())
                .set(USER_AVATARS.BLOB_KEY, blobKey)
                .set(USER_AVATARS.CHANGED_AT, changedAt)
                .onConflict(USER_AVATARS.USER_ID).doUpdate()
                .set(USER_AVATARS.BLOB_KEY, blobKey)
                .set(USER_AVATARS.CHANGED_AT, changedAt)
                .execute();
        return previous;
    }

    @Override
    public Optional<String> remove(UserId userId) {
        var previous = lockedKey(userId);
        dsl.deleteFrom(USER_AVATARS).where(USER_AVATARS.USER_ID.eq(userId.value())).execute();
        return previous;
    }

    private Optional<String> lockedKey(UserId userId) {
        dsl.select(PROFILES.USER_ID).from(PROFILES).where(PROFILES.USER_ID.eq(userId.value())).forNoKeyUpdate()
                .fetch();
        return dsl.select(USER_AVATARS.BLOB_KEY).from(USER_AVATARS).where(USER_AVATARS.USER_ID.eq(userId.value()))
                .forUpdate().fetchOptional(USER_AVATARS.BLOB_KEY);
    }
}
