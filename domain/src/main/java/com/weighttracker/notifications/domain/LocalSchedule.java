package com.weighttracker.notifications.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a user's daily or weekly moment next comes, in their own zone. Across a daylight-saving
 * change the local time is kept (07:30 stays 07:30): a time the clocks skip (02:30 on a spring-forward
 * night) moves on by the gap's length (to 03:30), a time that happens twice (autumn) comes at its first.
 */
public final class LocalSchedule {

    private LocalSchedule() {
    }

    /** The first instant after {@code after} at {@code time} on any day in {@code zone}. */
    public static Instant nextDaily(LocalTime time, ZoneId zone, Instant after) {
        var today = after.atZone(zone).toLocalDate();
        var candidate = at(today, time, zone);
        return candidate.isAfter(after) ? candidate : at(today.plusDays(1), time, zone);
    }

    /** The first instant after {@code after} at {@code time} on a {@code day} in {@code zone}. */
    public static Instant nextWeekly(DayOfWeek day, LocalTime time, ZoneId zone, Instant after) {
        var date = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        var candidate = at(date, time, zone);
        return candidate.isAfter(after) ? candidate : at(date.plusWeeks(1), time, zone);
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
