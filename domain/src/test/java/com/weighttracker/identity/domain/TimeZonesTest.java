package com.weighttracker.identity.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class TimeZonesTest {

    private static final FieldError NOT_IANA = new FieldError("timeZone",
            "timeZone must be an IANA time zone such as Europe/Berlin");

    @ParameterizedTest
    @ValueSource(strings = { "Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires", "Asia/Kolkata" })
    void acceptsIanaZoneIds(String id) {
        assertThat(TimeZones.parse(id)).isEqualTo(ZoneId.of(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+02:00", "-05:30", "Z", "UTC+02:00", "GMT+2", "UT+01:00" })
    void rejectsFixedOffsets(String offset) {
        assertThat(fieldErrorsOf(() -> TimeZones.parse(offset))).containsExactly(NOT_IANA);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mars/Olympus", "garbage", "", "   ", "Europe/", "/", "europe berlin", "CET", "PST" })
    void rejectsGarbage(String garbage) {
        assertThat(fieldErrorsOf(() -> TimeZones.parse(garbage))).containsExactly(NOT_IANA);
    }

    @Test
    void parseOrDefaultFallsBackOnlyWhenNothingIsGiven() {
        var fallback = ZoneId.of("UTC");

        assertThat(TimeZones.parseOrDefault(null, fallback)).isEqualTo(fallback);
        assertThat(TimeZones.parseOrDefault("Europe/Berlin", fallback)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void parseOrDefaultStillRejectsGarbage() {
        assertThat(fieldErrorsOf(() -> TimeZones.parseOrDefault("+02:00", ZoneId.of("UTC"))))
                .containsExactly(NOT_IANA);
    }
}
