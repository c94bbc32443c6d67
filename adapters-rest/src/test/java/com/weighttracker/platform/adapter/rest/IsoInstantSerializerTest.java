package com.weighttracker.platform.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class IsoInstantSerializerTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(Instant.class, new IsoInstantSerializer())).build();

    @ParameterizedTest
    @ValueSource(strings = { "1970-01-01T00:00:00Z", "2026-11-25T20:30:00Z", "2026-11-25T20:30:00.100Z",
            "2026-11-25T20:30:00.000001Z", "2026-11-25T20:30:00.123456789Z", "2026-11-25T20:30:00.120Z",
            "2024-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "1969-12-31T23:59:59.5Z", "-0001-12-31T00:00:00Z", "+10000-01-01T00:00:00Z" })
    void writesWhatInstantToStringWrites(String text) {
        var instant = Instant.parse(text);

        assertThat(JSON.writeValueAsString(instant)).isEqualTo("\"" + instant + "\"");
    }

    @Test
    void agreesWithInstantToStringOverRandomInstants() {
        var random = new SplittableRandom(42);
        var text = new char[30];
        for (var i = 0; i < 200_000; i++) {
            var seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            var nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            var expected = Instant.ofEpochSecond(seconds, nanos).toString();

            assertThat(new String(text, 0, IsoInstantSerializer.format(seconds, nanos, text))).isEqualTo(expected);
        }
    }
}
