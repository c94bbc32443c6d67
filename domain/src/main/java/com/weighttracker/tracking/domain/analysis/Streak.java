package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;

/**
 * Consecutive local days with a weigh-in, ending today or, when today has none yet, yesterday.
 *
 * @param days 0 when neither today nor yesterday has a weigh-in
 * @param firstDay the streak's first local day, null when there is none
 */
public record Streak(int days, LocalDate firstDay) {

    public static final Streak NONE = new Streak(0, null);

    public Streak {
        if (days < 0 || (days == 0) != (firstDay == null)) {
            throw new IllegalArgumentException("a streak of some days has a first day, none has not");
        }
    }
}
