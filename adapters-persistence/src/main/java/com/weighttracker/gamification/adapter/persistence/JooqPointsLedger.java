package com.weighttracker.gamification.adapter.persistence;

import static com.weighttracker.gamification.adapter.persistence.schema.Tables.POINTS;
import static com.weighttracker.gamification.adapter.persistence.schema.Tables.POINTS_LEDGER;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

@Repository
class JooqPointsLedger implements PointsLedger {

    private final DSLContext dsl;

    JooqPointsLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The ledger's key (user, source) lets a source pay once; the total grows in the same transaction. */
    @Override
    public boolean credit(UserId user, String source, int points, Instant at) {
        var booked = dsl.insertInto(POINTS_LEDGER)
                .set(POINTS_LEDGER.USER_ID, user.value())
                .set(POINTS_LEDGER.SOURCE, source)
                .set(POINTS_LEDGER.POINTS, points)
                .set(POINTS_LEDGER.EARNED_AT, at)
                .onConflictDoNothing().execute() == 1;
        if (booked) {
            dsl.insertInto(POINTS).set(POINTS.USER_ID, user.value()).set(POINTS.POINTS_, points)
                    .onConflict(POINTS.USER_ID).doUpdate().set(POINTS.POINTS_, POINTS.POINTS_.plus(points))
                    .execute();
        }
        return booked;
    }

    @Override
    public Map<UserId, Integer> totalsOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return dsl.select(POINTS.USER_ID, POINTS.POINTS_).from(POINTS)
                .where(POINTS.USER_ID.in(users.stream().map(UserId::value).toList()))
                .fetchMap(row -> new UserId(row.value1()), row -> row.value2());
    }

    @Override
    public Page<Ranked> ranking(PageRequest page) {
        var rank = DSL.rank().over(DSL.orderBy(POINTS.POINTS_.desc())).as("rank");
        var rows = dsl.select(rank, POINTS.USER_ID, POINTS.POINTS_).from(POINTS)
                .orderBy(POINTS.POINTS_.desc(), POINTS.USER_ID.asc())
                .limit(page.limit()).offset(page.offset())
                .fetch(row -> new Ranked(row.value1(), new UserId(row.value2()), row.value3()));
        return new Page<>(rows, page, dsl.fetchCount(POINTS));
    }

    @Override
    public void removeAll(UserId user) {
        dsl.deleteFrom(POINTS_LEDGER).where(POINTS_LEDGER.USER_ID.eq(user.value())).execute();
        dsl.deleteFrom(POINTS).where(POINTS.USER_ID.eq(user.value())).execute();
    }
}
