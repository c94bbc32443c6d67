package com.weighttracker.tracking.adapter.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

/** Reading the numbers, units and times that exports write, with messages fit for the import report. */
final class Values {

    /** Placeholders exports write for "no value". */
    private static final Set<String> NO_VALUE = Set.of("-", "--", "\u2013", "\u2014", "n/a", "na", "null");
    private static final Pattern MEASURE = Pattern.compile("^([0-9.,\\s]+?)\\s*([a-zA-Z%]*)$");
    /** An offset after the time, written +0100, +01:00 or " +0100" (Apple), becomes +01:00. */
    private static final Pattern OFFSET = Pattern.compile(" ?([+-]\\d\\d):?(\\d\\d)$");
    private static final Pattern UTC = Pattern.compile(" ?(UTC|GMT)$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * A number as exports write it: digits with at most one point, no exponent, not too long. An
     * exponent would let "1e999999999" through, whose rounding alone takes minutes and gigabytes.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    static final int MAX_NUMBER_CHARS = 32;
    /** Values quoted in a rejection reason are cut to this. */
    private static final int MAX_SHOWN_CHARS = 40;
    /** A date without a time of day is placed at noon: the middle of the day survives small zone changes. */
    static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;
    private static final DateTimeFormatter ISO_DATE_TIME_OR_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalEnd()
            .toFormatter();

    private Values() {
    }

    /** A decimal number with a point or a decimal comma, or null when the cell is empty. */
    static BigDecimal number(String field, String text) {
        if (isEmpty(text)) {
            return null;
        }
        var value = text.strip().replace("\u00A0", "").replace(" ", "");
        if (value.indexOf(',') >= 0) {
            if (value.indexOf('.') >= 0 || value.indexOf(',') != value.lastIndexOf(',')) {
                throw new RowException(field + " '" + shown(text) + "' is not a number");
            }
            value = value.replace(',', '.');
        }
        if (value.length() > MAX_NUMBER_CHARS || !PLAIN_NUMBER.matcher(value).matches()) {
            throw new RowException(field + " '" + shown(text) + "' is not a number");
        }
        return new BigDecimal(value);
    }

    /** A value from the file as a rejection reason quotes it: trimmed, and cut when long. */
    static String shown(String text) {
        var value = text.strip();
        return value.length() <= MAX_SHOWN_CHARS ? value : value.substring(0, MAX_SHOWN_CHARS) + "\u2026";
    }

    /** The weight, required. */
    static BigDecimal requiredNumber(String field, String text) {
        var value = number(field, text);
        if (value == null) {
            throw new RowException(field + " is missing");
        }
        return value;
    }

    /** A number with an optional unit after it: "82.4 kg", "181.7 lbs", "21.5 %". */
    record Measure(BigDecimal value, String unit) {
    }

    static Measure measure(String field, String text) {
        if (isEmpty(text)) {
            return null;
        }
        var matcher = MEASURE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new RowException(field + " '" + shown(text) + "' is not a number with a unit");
        }
        return new Measure(requiredNumber(field, matcher.group(1)), matcher.group(2).toLowerCase(Locale.ROOT));
    }

    /** kg, lb, lbs, st (any case); null for anything else. */
    static MassUnit massUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "kg", "kgs" -> MassUnit.KG;
            case "lb", "lbs" -> MassUnit.LB;
            case "st" -> MassUnit.ST;
            default -> null;
        };
    }

    /** A mass written with its unit ("35.2 kg"), or in {@code defaultUnit} when it has none. */
    static Mass mass(String field, String text, MassUnit defaultUnit) {
        var measure = measure(field, text);
        if (measure == null) {
            return null;
        }
        var unit = measure.unit().isEmpty() ? defaultUnit : massUnit(measure.unit());
        if (unit == null) {
            throw new RowException(field + " '" + shown(text) + "' has no unit we know (kg, lb or st)");
        }
        return Mass.of(measure.value(), unit);
    }

    /** A percentage, with or without a % sign. */
    static BigDecimal percent(String field, String text) {
        var measure = measure(field, text);
        if (measure == null) {
            return null;
        }
        if (!measure.unit().isEmpty() && !measure.unit().equals("%")) {
            throw new RowException(field + " '" + shown(text) + "' is not a percentage");
        }
        return measure.value();
    }

    /** What share of {@code whole} the mass {@code part} is, in percent (exports give fat and water as masses). */
    static BigDecimal shareOf(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }

    static boolean isEmpty(String text) {
        return text == null || text.isBlank() || NO_VALUE.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * An ISO-8601 date-time as exports write it: with an offset or Z (an instant), without (a local
     * time in the user's zone), a space instead of the T, or a bare date (noon that day).
     */
    static ImportedWeighIn when(long line, String field, String text, BigDecimal weight, MassUnit unit) {
        if (isEmpty(text)) {
            throw new RowException(field + " is missing");
        }
        var value = text.strip();
        var iso = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + "T" + value.substring(11)
                : value;
        iso = UTC.matcher(OFFSET.matcher(iso).replaceFirst("$1:$2")).replaceFirst("Z");
        TemporalAccessor parsed;
        try {
            parsed = ISO_DATE_TIME_OR_DATE.parse(iso);
        } catch (DateTimeException e) {
            throw new RowException(field + " '" + shown(value) + "' is not a date and time we can read");
        }
        // asking what was there throws nothing: imports run to 100,000 rows, exceptions would cost seconds
        var date = parsed.query(TemporalQueries.localDate());
        var time = parsed.query(TemporalQueries.localTime());
        var offset = parsed.query(TemporalQueries.offset());
        if (time == null) {
            return ImportedWeighIn.at(line, date.atTime(DATE_ONLY_TIME), weight, unit);
        }
        if (offset == null) {
            return ImportedWeighIn.at(line, date.atTime(time), weight, unit);
        }
        return ImportedWeighIn.at(line, date.atTime(time).toInstant(offset), weight, unit);
    }

    static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new RowException(field + " '" + shown(text) + "' is not an ISO-8601 instant");
        }
    }

    static LocalDateTime localDateTime(String field, String text, DateTimeFormatter... formats) {
        for (var format : formats) {
            try {
                return LocalDateTime.parse(text.strip(), format);
            } catch (DateTimeException e) {
                // try the next format
            }
        }
        throw new RowException(field + " '" + shown(text) + "' is not a date and time we can read");
    }
}
