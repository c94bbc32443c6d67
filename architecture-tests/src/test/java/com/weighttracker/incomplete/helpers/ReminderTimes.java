package com.weighttracker.incomplete.helpers;

import java.time.Duration;

/** Deliberately misplaced (see ExampleContextTest): {@code helpers} is no package a context may have. */
public final class ReminderTimes {

    public static final Duration DEFAULT = Duration.ofHours(20);

    private ReminderTimes() {
    }
}
