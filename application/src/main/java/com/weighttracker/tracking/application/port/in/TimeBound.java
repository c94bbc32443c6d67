package com.weighttracker.tracking.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A list bound as the client gave it: an exact instant, or a calendar date in the user's own time zone. */
public record TimeBound(Instant instant, LocalDate date) {

    public static TimeBound at(Instant instant) {
        return new TimeBound(instant, null);
    }

    public static TimeBound on(LocalDate date) {
        return new TimeBound(null, date);
    }

    /** The instant; a date means the start of that day in {@code zone}. */
    public Instant resolve(ZoneId zone) {
        return instant != null ? instant : date.atStartOfDay(zone).toInstant();
    }
}
