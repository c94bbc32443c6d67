package com.weighttracker.notifications.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.Rules;

/**
 * The local hours in which nothing may buzz or land in the inbox: no push then, and e-mail waits
 * until they end. {@code from} is included, {@code to} is not; 22:00–07:00 spans midnight.
 */
public record QuietHours(LocalTime from, LocalTime to) implements ValueObject {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Rules.check(!from.equals(to), "quietHours", "quiet hours must not start and end at the same time");
        Rules.check(from.getSecond() == 0 && from.getNano() == 0 && to.getSecond() == 0 && to.getNano() == 0,
                "quietHours", "quiet hours are whole minutes");
    }

    public boolean contains(LocalTime time) {
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return contains(instant.atZone(zone).toLocalTime());
    }

    /** {@code instant} itself outside quiet hours, otherwise the moment they end in the user's zone. */
    public Instant nextAllowed(Instant instant, ZoneId zone) {
        if (!contains(instant, zone)) {
            return instant;
        }
        var local = instant.atZone(zone);
        var endDate = to.isAfter(local.toLocalTime()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(endDate, to, zone).toInstant();
    }
}
