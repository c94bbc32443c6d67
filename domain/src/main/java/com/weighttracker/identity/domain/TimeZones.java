package com.weighttracker.identity.domain;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.weighttracker.shared.InvalidInput;

/** IANA zone ids only ("Europe/Berlin", or "UTC"): a fixed offset is not a place people live in. */
public final class TimeZones {

    private TimeZones() {
    }

    public static ZoneId parseOrDefault(String value, ZoneId fallback) {
        return value == null ? fallback : parse(value);
    }

    public static ZoneId parse(String value) {
        try {
            if (value.isBlank() || !value.contains("/") && !value.equals("UTC")) {
                throw new DateTimeException(value);
            }
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw InvalidInput.of("timeZone", "timeZone must be an IANA time zone such as Europe/Berlin");
        }
    }
}
