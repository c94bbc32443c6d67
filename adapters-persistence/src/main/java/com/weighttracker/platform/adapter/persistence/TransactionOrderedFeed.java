package com.weighttracker.platform.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;

/**
 * A change feed read from a table whose writers note their transaction id on the changed row
 * (ADR 16): ids are handed out in start order but commit in any order, so a change is read only
 * once every transaction that started before it has finished (its id is below the oldest one still
 * running, {@code pg_snapshot_xmin}): a slow transaction holds the feed back instead of being skipped.
 * Each row is one subject (a user, a conversation) with a revision that grows with every change.
 */
public final class TransactionOrderedFeed {

    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private final DSLContext dsl;
    private final String after;

    /**
     * @param table the qualified table ({@code schema.table}), its subject, revision and
     *        transaction columns: fixed names from the code, never user input
     */
    public TransactionOrderedFeed(DSLContext dsl, String table, String subject, String revision,
            String transaction) {
        this.dsl = dsl;
        this.after = "select " + subject + ", " + revision + ", " + transaction + " from " + table
                + " where (" + transaction + ", " + subject + ") > (?, ?) and " + transaction + " < " + HORIZON
                + " order by " + transaction + ", " + subject + " limit ?";
    }

    public List<FeedChange> after(FeedPosition position, int limit) {
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(after)) {
                statement.setLong(1, position.transaction());
                statement.setObject(2, position.subject());
                statement.setInt(3, limit);
                var changes = new ArrayList<FeedChange>(limit);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        var subject = rows.getObject(1, UUID.class);
                        changes.add(new FeedChange(subject, rows.getLong(2),
                                new FeedPosition(rows.getLong(3), subject)));
                    }
                }
                return changes;
            }
        });
    }

    public FeedPosition now() {
        long horizon = dsl.fetchSingle("select " + HORIZON).get(0, Long.class);
        return new FeedPosition(horizon, FeedPosition.BEGINNING.subject());
    }
}
