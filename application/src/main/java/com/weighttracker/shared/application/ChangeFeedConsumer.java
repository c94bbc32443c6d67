package com.weighttracker.shared.application;

import java.util.List;

import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.FeedChange;

/**
 * A stateful reaction to a {@link ChangeFeed} (ADR 16). The platform hands it the changes after its
 * last position, in batches, inside one transaction that also stores the new position: whatever
 * the consumer writes in its own schema commits together with its progress, and a crash or a
 * failure repeats the batch. So {@link #consume} must be idempotent (a change may come again); it
 * typically reads the subject's current state through the producer's published query.
 */
public interface ChangeFeedConsumer {

    /** Stable and unique: it keys the stored position. */
    String name();

    /** The feed it follows: the producer's published feed interface. */
    Class<? extends ChangeFeed> feed();

    /** Where a consumer seen for the first time starts: {@code false} for changes from now on. */
    default boolean catchesUpOnHistory() {
        return false;
    }

    void consume(List<FeedChange> changes);
}
