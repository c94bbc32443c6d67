package com.weighttracker.gamification.adapter.persistence;

import static com.weighttracker.gamification.adapter.persistence.schema.Tables.ACHIEVEMENTS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.domain.Award;
import com.weighttracker.shared.UserId;

@Repository
class JooqAwardRepository implements AwardRepository {

    private final DSLContext dsl;

    JooqAwardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The primary key (user, achievement) decides: a second insert, even a concurrent one, does nothing. */
    @Override
    public boolean addIfNew(Award award) {
        return dsl.insertInto(ACHIEVEMENTS)
                .set(ACHIEVEMENTS.USER_ID, award.userId().value())
                .set(ACHIEVEMENTS.ACHIEVEMENT, award.achievement().name())
                .set(ACHIEVEMENTS.UNLOCKED_AT, award.unlockedAt())
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public List<Award> of(UserId user) {
        return dsl.selectFrom(ACHIEVEMENTS).where(ACHIEVEMENTS.USER_ID.eq(user.value()))
                .orderBy(ACHIEVEMENTS.UNLOCKED_AT.desc(), ACHIEVEMENTS.ACHIEVEMENT.asc())
                .limit(Achievement.values().length)
                .fetch(row -> Award.restore(new UserId(row.getUserId()), Achievement.valueOf(row.getAchievement()),
                        row.getUnlockedAt()));
    }

    @Override
    public Set<Achievement> achievementsOf(UserId user) {
        var owned = EnumSet.noneOf(Achievement.class);
        dsl.select(ACHIEVEMENTS.ACHIEVEMENT).from(ACHIEVEMENTS).where(ACHIEVEMENTS.USER_ID.eq(user.value()))
                .fetch(row -> owned.add(Achievement.valueOf(row.value1())));
        return owned;
    }

    @Override
    public void removeAll(UserId user) {
        dsl.deleteFrom(ACHIEVEMENTS).where(ACHIEVEMENTS.USER_ID.eq(user.value())).execute();
    }
}
