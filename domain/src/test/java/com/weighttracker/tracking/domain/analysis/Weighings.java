package com.weighttracker.tracking.domain.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Small builders for the analysis tests: weigh-ins at local times, days as dates. */
final class Weighings {

    static final ZoneId UTC = ZoneOffset.UTC;
    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final Measurements.Builder builder = Measurements.builder(16);
    private final ZoneId zone;

    private Weighings(ZoneId zone) {
        this.zone = zone;
    }

    static Weighings in(ZoneId zone) {
        return new Weighings(zone);
    }

    static Weighings utc() {
        return in(UTC);
    }

    /** A weigh-in at 07:00 local time on {@code day} days after {@link #MONDAY}. */
    Weighings day(int day, double kg) {
        return at(MONDAY.plusDays(day), LocalTime.of(7, 0), kg);
    }

    Weighings at(LocalDate date, LocalTime time, double kg) {
        builder.add(date.atTime(time).atZone(zone).toInstant(), kg);
        return this;
    }

    Weighings at(Instant instant, double kg) {
        builder.add(instant, kg);
        return this;
    }

    Weighings withComposition(int day, double kg, double bodyFat, double muscleKg, double water) {
        builder.add(MONDAY.plusDays(day).atTime(7, 0).atZone(zone).toInstant(), kg, bodyFat, muscleKg, water);
        return this;
    }

    Measurements measurements() {
        return builder.build();
    }

    DailySeries daily() {
        return DailySeries.of(measurements(), zone);
    }

    Trend trend() {
        return Trend.of(daily());
    }

    static long epochDay(int day) {
        return MONDAY.plusDays(day).toEpochDay();
    }
}
