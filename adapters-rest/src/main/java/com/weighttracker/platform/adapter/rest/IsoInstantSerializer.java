package com.weighttracker.platform.adapter.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Instant} exactly as {@link Instant#toString()} does (ISO-8601 in UTC, the
 * fraction in groups of three digits as needed), straight into a char array. A page of 20 weigh-ins
 * carries 41 instants, and formatting them through {@code DateTimeFormatter} cost 7 % of the list's
 * CPU (docs/performance.md). Years outside 0000–9999 take the JDK's path.
 */
final class IsoInstantSerializer extends StdSerializer<Instant> {

    private static final long YEAR_0000 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    IsoInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
        var seconds = value.getEpochSecond();
        if (seconds < YEAR_0000 || seconds >= YEAR_10000) {
            generator.writeString(value.toString());
            return;
        }
        var text = new char[30];
        var length = format(seconds, value.getNano(), text);
        generator.writeString(text, 0, length);
    }

    /** Writes the instant into {@code text} (at least 30 chars) and returns its length. */
    static int format(long seconds, int nanos, char[] text) {
        var time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        var at = 19;
        if (nanos > 0) {
            text[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                at = digits(text, at, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                at = digits(text, at, nanos / 1_000, 6);
            } else {
                at = digits(text, at, nanos, 9);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    private static int digits(char[] text, int at, int value, int width) {
        for (var i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
