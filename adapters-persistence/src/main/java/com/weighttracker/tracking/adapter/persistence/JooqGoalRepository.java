package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.schema.Tables.GOALS;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.adapter.persistence.schema.tables.records.GoalsRecord;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.domain.Goal;

@Repository
class JooqGoalRepository implements GoalRepository {

    private final DSLContext dsl;

    JooqGoalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Goal> findByUser(UserId userId) {
        // plain SQL: every weigh-in asks, and rendering the query cost more than running it
        return dsl.resultQuery("select * from tracking.goals where user_id = ?", userId.value()).coerce(GOALS)
                .fetchOptional(JooqGoalRepository::toGoal);
    }

    @Override
    public List<Goal> unreachedOf(Collection<UserId> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        // in key order, so two lockers of overlapping users cannot deadlock
        return dsl.selectFrom(GOALS)
                .where(GOALS.USER_ID.in(userIds.stream().map(UserId::value).toList()))
                .and(GOALS.REACHED_AT.isNull())
                .orderBy(GOALS.USER_ID)
                .forUpdate()
                .fetch(JooqGoalRepository::toGoal);
    }

    @Override
    public void save(Goal goal) {
        var row = dsl.newRecord(GOALS);
        row.setUserId(goal.getId().value());
        row.setTargetKg(goal.target().kilograms());
        row.setUnit(goal.unit().name());
        row.setTargetDate(goal.targetDate().orElse(null));
        row.setStartKg(goal.start().map(Mass::kilograms).orElse(null));
        row.setSetAt(goal.setAt());
        row.setReachedAt(goal.reachedAt().orElse(null));
        row.changed(true);
        dsl.insertInto(GOALS).set(row).onConflict(GOALS.USER_ID).doUpdate().set(row).execute();
    }

    @Override
    public void deleteOf(UserId userId) {
        dsl.deleteFrom(GOALS).where(GOALS.USER_ID.eq(userId.value())).execute();
    }

    private static Goal toGoal(GoalsRecord row) {
        return Goal.restore(new UserId(row.getUserId()), new Mass(row.getTargetKg()), MassUnit.valueOf(row.getUnit()),
                row.getTargetDate(), row.getStartKg() == null ? null : new Mass(row.getStartKg()), row.getSetAt(),
                row.getReachedAt());
    }
}
