package com.weighttracker.support;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;

/**
 * Waits for a consumer of the weigh-in change feed (ADR 16) the way a test needs it: until it has
 * handled a user's latest change, so that what it decided (or left alone) can be asserted, not
 * merely what it has not done yet. Its stored position commits with what it wrote, so once the
 * position has passed the user's change on their tally, every effect of that change is visible.
 */
public final class FeedConsumerProgress {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String FOLLOWING = "select count(*) from platform.feed_positions where consumer = ?";
    private static final String HANDLED = "select count(*) from platform.feed_positions p"
            + " join tracking.entry_tallies t on (p.transaction_id, p.subject) >= (t.changed_in, t.user_id)"
            + " where p.consumer = ? and t.user_id = ?";

    private final DSLContext dsl;
    private final String consumer;

    public FeedConsumerProgress(DSLContext dsl, String consumer) {
        this.dsl = dsl;
        this.consumer = consumer;
    }

    /**
     * Until the consumer follows the feed: a consumer starts at "now" when first seen, so a change made
     * before that would never reach it. Call it before the changes a test waits for.
     */
    public void awaitFollowing() {
        Awaitility.await().atMost(PATIENCE).until(() -> count(FOLLOWING, consumer) > 0);
    }

    /** Until the consumer has handled the latest change of {@code userId}'s weigh-ins so far. */
    public void awaitHandled(String userId) {
        awaitFollowing();
        Awaitility.await().atMost(PATIENCE).until(() -> count(HANDLED, consumer, UUID.fromString(userId)) > 0);
    }

    private long count(String sql, Object... bindings) {
        return dsl.fetchValue(sql, bindings) instanceof Number number ? number.longValue() : 0;
    }
}
