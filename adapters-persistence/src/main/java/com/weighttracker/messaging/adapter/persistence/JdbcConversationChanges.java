package com.weighttracker.messaging.adapter.persistence;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.weighttracker.messaging.ConversationChanges;
import com.weighttracker.platform.adapter.persistence.TransactionOrderedFeed;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;

/**
 * The new-message feed read from the conversations (ADR 16, 23), the same way as tracking's
 * weigh-in feed: a send notes its transaction id on the conversation ({@code changed_in}, beside
 * {@code last_seq}, the revision).
 */
@Component
@Order(2) // after the weigh-ins' feed, which FeedProbes follow (the first)
class JdbcConversationChanges implements ConversationChanges {

    private final TransactionOrderedFeed feed;

    JdbcConversationChanges(DSLContext dsl) {
        this.feed = new TransactionOrderedFeed(dsl, "messaging.conversations", "id", "last_seq", "changed_in");
    }

    @Override
    public List<FeedChange> after(FeedPosition position, int limit) {
        return feed.after(position, limit);
    }

    @Override
    public FeedPosition now() {
        return feed.now();
    }
}
