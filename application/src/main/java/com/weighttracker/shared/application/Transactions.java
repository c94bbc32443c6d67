package com.weighttracker.shared.application;

import java.util.function.Supplier;

/** Runs work atomically: all of its writes and published events, or none. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} once the surrounding transaction has committed, and not at all if it rolls
     * back; without a transaction, at once. For effects outside the database that must not be seen
     * before the change is, such as evicting a cache.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
