package com.weighttracker.gamification.adapter.persistence;

import static com.weighttracker.gamification.adapter.persistence.schema.Tables.SOCIAL_ACTS;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.gamification.application.port.out.SocialActs;
import com.weighttracker.shared.UserId;

@Repository
class JooqSocialActs implements SocialActs {

    private final DSLContext dsl;

    JooqSocialActs(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int noteAndCount(UserId user, Kind kind, String subject, Instant at) {
        dsl.insertInto(SOCIAL_ACTS)
                .set(SOCIAL_ACTS.USER_ID, user.value())
                .set(SOCIAL_ACTS.KIND, kind.name())
                .set(SOCIAL_ACTS.SUBJECT, subject)
                .set(SOCIAL_ACTS.ACTED_AT, at)
                .onConflictDoNothing().execute();
        return dsl.fetchCount(SOCIAL_ACTS, SOCIAL_ACTS.USER_ID.eq(user.value()).and(SOCIAL_ACTS.KIND.eq(kind.name())));
    }

    @Override
    public void removeAll(UserId user) {
        dsl.deleteFrom(SOCIAL_ACTS).where(SOCIAL_ACTS.USER_ID.eq(user.value())).execute();
    }
}
