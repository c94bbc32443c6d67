package com.weighttracker.shared;

import java.util.UUID;

/**
 * A place in a {@link ChangeFeed}: the writing transaction's id and the subject, which orders
 * changes made by one transaction.
 */
public record FeedPosition(long transaction, UUID subject) {

    /** Before every change ever made: a consumer starting here catches up on all history. */
    public static final FeedPosition BEGINNING = new FeedPosition(0, new UUID(0, 0));

    public FeedPosition {
        if (transaction < 0 || subject == null) {
            throw new IllegalArgumentException("a feed position needs a transaction id >= 0 and a subject");
        }
    }
}
