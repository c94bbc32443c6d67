package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One user's progress over a period of local dates, for leaderboards and team views. The loss is
 * measured on the trend, so a single dehydrated morning cannot top a leaderboard: from the trend
 * on the first day with a weigh-in in the period (which remembers the weeks before the period
 * when there are weigh-ins then) to the trend on the last such day.
 *
 * @param startKg the first weigh-in in the period
 * @param currentKg the latest weigh-in in the period
 * @param trendStartKg the trend on the first day with a weigh-in in the period
 * @param trendKg the trend on the last day with a weigh-in in the period
 * @param streakDays consecutive local days with a weigh-in ending today or yesterday
 */
public record PeriodProgress(double startKg, double currentKg, double trendStartKg, double trendKg,
        int streakDays) {

    public PeriodProgress {
        if (!(startKg > 0 && currentKg > 0 && trendStartKg > 0 && trendKg > 0) || streakDays < 0) {
            throw new IllegalArgumentException("masses are positive, a streak is not negative");
        }
    }

    /**
     * @param measurements the user's weigh-ins from some weeks before {@code from} (so the trend has
     *        warmed up) until now (for the streak)
     * @param from the first day of the period, in the user's zone
     * @param to the last day of the period, included
     * @return empty when the user has no weigh-in in the period
     */
    public static Optional<PeriodProgress> of(Measurements measurements, ZoneId zone, LocalDate from, LocalDate to,
            LocalDate today) {
        var daily = DailySeries.of(measurements, zone);
        var trend = Trend.of(daily);
        var firstDay = daily.firstOnOrAfter(from.toEpochDay());
        var lastDay = daily.lastOnOrBefore(to.toEpochDay());
        if (firstDay > lastDay) {
            return Optional.empty();
        }
        var first = measurements.firstAtOrAfter(from.atStartOfDay(zone).toInstant());
        var last = measurements.firstAtOrAfter(to.plusDays(1).atStartOfDay(zone).toInstant()) - 1;
        // a clock going back across midnight can put a day's weigh-in just outside its instants
        var start = first <= last ? measurements.kilograms(first) : daily.kilograms(firstDay);
        var current = first <= last ? measurements.kilograms(last) : daily.kilograms(lastDay);
        return Optional.of(new PeriodProgress(start, current,
                trend.value(firstDay), trend.value(lastDay), daily.streak(today).days()));
    }

    /** Trend at the start minus trend now; negative is a gain. */
    public double lostKg() {
        return trendStartKg - trendKg;
    }

    /** The loss as a share of the starting trend, in percent. */
    public double percentLost() {
        return lostKg() / trendStartKg * 100;
    }
}
