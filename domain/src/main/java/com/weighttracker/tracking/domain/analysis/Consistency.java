package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;

/** How regularly the user weighs in: days with at least one weigh-in among the last {@code days} local days, today included. */
public record Consistency(int daysWithWeighIn, int days) {

    public static final int WINDOW_DAYS = 30;

    public Consistency {
        if (days < 1 || daysWithWeighIn < 0 || daysWithWeighIn > days) {
            throw new IllegalArgumentException("0 to " + days + " of " + days + " days");
        }
    }

    public static Consistency of(DailySeries daily, LocalDate today) {
        return new Consistency(daily.daysWithDataBetween(today.minusDays(WINDOW_DAYS - 1), today), WINDOW_DAYS);
    }

    /** The share of days with a weigh-in, 0 to 100. */
    public double percent() {
        return 100.0 * daysWithWeighIn / days;
    }
}
