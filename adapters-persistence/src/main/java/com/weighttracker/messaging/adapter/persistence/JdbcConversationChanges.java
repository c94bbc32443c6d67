package com.weighttracker.messaging.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.weighttracker.messaging.ConversationChanges;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;

/**
 * The new-message feed read from the conversations (ADR 16, 23), the same way as tracking's
 * weigh-in feed: a send notes its transaction id on the conversation ({@code changed_in}, beside
 * {@code last_seq}); ids are handed out in start order but commit in any order, so a change is read
 * only once every transaction that started before it has finished (its id is below the oldest one
 * still running): a slow send holds the feed back instead of being skipped.
 */
@Component
@Order(2) // after the weigh-ins' feed, which FeedProbes follow (the first)
class JdbcConversationChanges implements ConversationChanges {

    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    private static final String AFTER = "select id, last_seq, changed_in from messaging.conversations"
            + " where (changed_in, id) > (?, ?) and changed_in < " + HORIZON
            + " order by changed_in, id limit ?";

    private final DSLContext dsl;

    JdbcConversationChanges(DSLContext dsl) {
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
                        var conversation = rows.getObject(1, UUID.class);
                        changes.add(new FeedChange(conversation, rows.getLong(2),
                                new FeedPosition(rows.getLong(3), conversation)));
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
