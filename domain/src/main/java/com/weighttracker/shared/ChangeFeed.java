package com.weighttracker.shared;

import java.util.List;

/**
 * A context's changes as a feed other contexts catch up from (ADR 16): for events too frequent
 * for an outbox publication per consumer (weigh-ins). Each change names a subject (a user) whose
 * state changed and its revision; several changes of one subject between two reads coalesce into
 * one. Only committed changes appear, in a stable order, so a consumer that remembers the last
 * position it processed misses nothing.
 */
public interface ChangeFeed {

    /** Committed changes after {@code position}, oldest first, at most {@code limit}. */
    List<FeedChange> after(FeedPosition position, int limit);

    /** A position before every change not yet committed: where a consumer that needs no history starts. */
    FeedPosition now();
}
