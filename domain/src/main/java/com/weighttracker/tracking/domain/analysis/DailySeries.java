package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Weigh-ins grouped by the user's local date (their IANA time zone): one average mass per day
 * with at least one weigh-in, days ascending. Several weigh-ins on one day count once, as their
 * mean, so a user who steps on the scale three times does not weigh three times as much in the trend.
 */
public final class DailySeries {

    private static final long SECONDS_PER_DAY = 86_400;

    private final long[] days;
    private final double[] kilograms;
    private final int size;

    private DailySeries(long[] days, double[] kilograms, int size) {
        this.days = days;
        this.kilograms = kilograms;
        this.size = size;
    }

    /**
     * Groups by local date in {@code zone}. Where a zone's clock goes back across midnight a later
     * weigh-in can fall on the previous local date; it then joins the day already open, so the days
     * stay in order.
     */
    public static DailySeries of(Measurements measurements, ZoneId zone) {
        var rules = zone.getRules();
        var n = measurements.size();
        var days = new long[n];
        var kilograms = new double[n];
        var size = 0;
        var sum = 0.0;
        var count = 0;
        for (var i = 0; i < n; i++) {
            var instant = measurements.instant(i);
            var day = Math.floorDiv(instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds(),
                    SECONDS_PER_DAY);
            if (size == 0 || day > days[size - 1]) {
                if (size > 0) {
                    kilograms[size - 1] = sum / count;
                }
                days[size++] = day;
                sum = 0;
                count = 0;
            }
            sum += measurements.kilograms(i);
            count++;
        }
        if (size > 0) {
            kilograms[size - 1] = sum / count;
        }
        return new DailySeries(days, kilograms, size);
    }

    /** A series from days (epoch days, strictly ascending) and their masses; for tests and callers that group themselves. */
    static DailySeries of(long[] epochDays, double[] kilograms) {
        if (epochDays.length != kilograms.length) {
            throw new IllegalArgumentException("one mass per day");
        }
        for (var i = 1; i < epochDays.length; i++) {
            if (epochDays[i] <= epochDays[i - 1]) {
                throw new IllegalArgumentException("days must be strictly ascending");
            }
        }
        return new DailySeries(epochDays.clone(), kilograms.clone(), epochDays.length);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long epochDay(int index) {
        return days[check(index)];
    }

    public LocalDate date(int index) {
        return LocalDate.ofEpochDay(epochDay(index));
    }

    /** The day's average mass. */
    public double kilograms(int index) {
        return kilograms[check(index)];
    }

    /** The index of the last day with data on or before {@code epochDay}, or -1. */
    public int lastOnOrBefore(long epochDay) {
        var found = Arrays.binarySearch(days, 0, size, epochDay);
        return found >= 0 ? found : -found - 2;
    }

    /** The index of the first day with data on or after {@code epochDay}, or {@link #size()}. */
    public int firstOnOrAfter(long epochDay) {
        var found = Arrays.binarySearch(days, 0, size, epochDay);
        return found >= 0 ? found : -found - 1;
    }

    /** How many days in [{@code first}, {@code last}] have at least one weigh-in. */
    public int daysWithDataBetween(LocalDate first, LocalDate last) {
        return Math.max(0, lastOnOrBefore(last.toEpochDay()) - firstOnOrAfter(first.toEpochDay()) + 1);
    }

    /**
     * Consecutive local days with a weigh-in, ending today or, when today has none yet, yesterday.
     * Days after today (a clock ahead of the zone) do not count.
     */
    public Streak streak(LocalDate today) {
        var index = lastOnOrBefore(today.toEpochDay());
        if (index < 0 || days[index] < today.toEpochDay() - 1) {
            return Streak.NONE;
        }
        var days = 1;
        while (index > 0 && this.days[index - 1] == this.days[index] - 1) {
            days++;
            index--;
        }
        return new Streak(days, LocalDate.ofEpochDay(this.days[index]));
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
