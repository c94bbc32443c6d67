package com.weighttracker.tracking.adapter.persistence;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.weighttracker.platform.adapter.persistence.TransactionOrderedFeed;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.tracking.WeighInChanges;

/** The weigh-in change feed read from the users' tallies, where writers note their transaction (ADR 16). */
@Component
@Order(1) // the first change feed: FeedProbes follow it
class JdbcWeighInChanges implements WeighInChanges {

    private final TransactionOrderedFeed feed;

    JdbcWeighInChanges(DSLContext dsl) {
        this.feed = new TransactionOrderedFeed(dsl, "tracking.entry_tallies", "user_id", "revision", "changed_in");
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
