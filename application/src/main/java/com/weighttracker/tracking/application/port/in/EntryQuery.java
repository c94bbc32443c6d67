package com.weighttracker.tracking.application.port.in;

/**
 * Filter and order of the weigh-in list: recordedAt in [from, to), either bound optional. A
 * {@code to} given as a date includes that whole day.
 */
public record EntryQuery(TimeBound from, TimeBound to, boolean ascending) {

    public static EntryQuery newestFirst() {
        return new EntryQuery(null, null, false);
    }
}
