package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;

/**
 * How regularly the user weighs in: days with at least one weigh-in among the last {@code days} local
 * days, today included.
 */
public record Consistency(int daysWithWeighIn, int days) {

    public static final int WINDOW_DAYS = 30;

    public Consistency {
        if (days < 1 || daysWithWeighIn < 0 || daysWithWeighIn > days) {
            throw new IllegalArgumentException("0 to " + days + " of " + days + " days");
        }
    }

    /** The window ends today, or on the day of a weigh-in dated ahead of today: it counts at once, as in the trend. */
    public static Consistency of(DailySeries daily, LocalDate today) {
        var last = daily.isEmpty() || !daily.date(daily.size() - 1).isAfter(today) ? today
                : daily.date(daily.size() - 1);
        return new Consistency(daily.daysWithDataBetween(last.minusDays(WINDOW_DAYS - 1), last), WINDOW_DAYS);
    }

    /** The share of days with a weigh-in, 0 to 100. */
    public double percent() {
        return 100.0 * daysWithWeighIn / days;
    }
}
