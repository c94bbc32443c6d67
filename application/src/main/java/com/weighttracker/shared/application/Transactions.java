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
}
