package com.weighttracker.support;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;

/**
 * Waits for a consumer of a change feed (ADR 16: weigh-ins, conversations) the way a test needs it:
 * until it has handled a subject's latest change, so that what it decided (or left alone) can be
 * asserted, not merely what it has not done yet. Its stored position commits with what it wrote, so
 * once the position has passed the subject's change (on the user's tally, on the conversation),
 * every effect of that change is visible.
 */
public final class FeedConsumerProgress {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String FOLLOWING = "select count(*) from platform.feed_positions where consumer = ?";
    private static final String HANDLED = "select count(*) from platform.feed_positions p"
            + " join tracking.entry_tallies t on (p.transaction_id, p.subject) >= (t.changed_in, t.user_id)"
            + " where p.consumer = ? and t.user_id = ?";
    private static final String CONVERSATION_HANDLED = "select count(*) from platform.feed_positions p"
            + " join messaging.conversations c on (p.transaction_id, p.subject) >= (c.changed_in, c.id)"
            + " where p.consumer = ? and c.id = ?";

    private final DSLContext dsl;
    private final String consumer;
    private final String handled;

    /** A consumer of tracking's weigh-in feed: {@link #awaitHandled} takes a user id. */
    public FeedConsumerProgress(DSLContext dsl, String consumer) {
        this(dsl, consumer, HANDLED);
    }

    private FeedConsumerProgress(DSLContext dsl, String consumer, String handled) {
        this.dsl = dsl;
        this.consumer = consumer;
        this.handled = handled;
    }

    /** A consumer of messaging's conversation feed: {@link #awaitHandled} takes a conversation id. */
    public static FeedConsumerProgress ofConversations(DSLContext dsl, String consumer) {
        return new FeedConsumerProgress(dsl, consumer, CONVERSATION_HANDLED);
    }

    /**
     * Until the consumer follows the feed: a consumer starts at "now" when first seen, so a change made
     * before that would never reach it. Call it before the changes a test waits for.
     */
    public void awaitFollowing() {
        Awaitility.await().atMost(PATIENCE).until(() -> count(FOLLOWING, consumer) > 0);
    }

    /** Until the consumer has handled the latest change of the subject (a user's weigh-ins, a conversation) so far. */
    public void awaitHandled(String subject) {
        awaitFollowing();
        Awaitility.await().atMost(PATIENCE).until(() -> count(handled, consumer, UUID.fromString(subject)) > 0);
    }

    private long count(String sql, Object... bindings) {
        return dsl.fetchValue(sql, bindings) instanceof Number number ? number.longValue() : 0;
    }
}
