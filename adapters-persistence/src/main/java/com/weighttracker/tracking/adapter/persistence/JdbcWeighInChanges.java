package com.weighttracker.tracking.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.tracking.WeighInChanges;

/**
 * The weigh-in change feed read from the users' tallies (ADR 16). A writer notes its transaction id
 * on the tally; transaction ids are handed out in start order but commit in any order, so a change
 * is read only once every transaction that started before it has finished (its id is below the
 * oldest one still running, {@code pg_snapshot_xmin}): a slow transaction holds the feed back
 * instead of being skipped.
 */
@Component
@Order(1) // the first change feed: FeedProbes follow it
class JdbcWeighInChanges implements WeighInChanges {

    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    private static final String AFTER = "select user_id, revision, changed_in from tracking.entry_tallies"
            + " where (changed_in, user_id) > (?, ?) and changed_in < " + HORIZON
            + " order by changed_in, user_id limit ?";

    private final DSLContext dsl;

    JdbcWeighInChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FeedChange> after(FeedPosition position, int limit) {
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(AFTER)) {
                statement.setLong(1, position.transaction());
                statement.setObject(2, position.subject());
                statement.setInt(3, limit);
                var changes = new ArrayList<FeedChange>(limit);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        var user = rows.getObject(1, UUID.class);
                        changes.add(new FeedChange(user, rows.getLong(2), new FeedPosition(rows.getLong(3), user)));
                    }
                }
                return changes;
            }
        });
    }

    @Override
    public FeedPosition now() {
        long horizon = dsl.fetchSingle("select " + HORIZON).get(0, Long.class);
        return new FeedPosition(horizon, FeedPosition.BEGINNING.subject());
    }
}
