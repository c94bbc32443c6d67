package com.weighttracker.tracking.domain.analysis;

import static com.weighttracker.tracking.domain.analysis.Weighings.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DailySeriesTest {

    @Test
    void averagesSeveralWeighInsOfOneDayFirst() {
        var daily = Weighings.utc()
                .at(MONDAY, LocalTime.of(6, 0), 81.0)
                .at(MONDAY, LocalTime.of(12, 0), 82.0)
                .at(MONDAY, LocalTime.of(22, 0), 83.5)
                .day(1, 80.0)
                .daily();

        assertThat(daily.size()).isEqualTo(2);
        assertThat(daily.date(0)).isEqualTo(MONDAY);
        assertThat(daily.kilograms(0)).isCloseTo((81.0 + 82.0 + 83.5) / 3, within(1e-12));
        assertThat(daily.kilograms(1)).isEqualTo(80.0);
    }

    @Test
    void groupsByTheUsersLocalDateNotByUtc() {
        var newYork = ZoneId.of("America/New_York");
        // 23:30 in New York on 1 March is 04:30 UTC on 2 March; 00:30 on 2 March is 05:30 UTC
        var lateEvening = Instant.parse("2026-03-02T04:30:00Z");
        var afterMidnight = Instant.parse("2026-03-02T05:30:00Z");
        var measurements = Measurements.builder(2).add(lateEvening, 80).add(afterMidnight, 82).build();

        var inNewYork = DailySeries.of(measurements, newYork);
        var inUtc = DailySeries.of(measurements, Weighings.UTC);

        assertThat(inNewYork.size()).isEqualTo(2);
        assertThat(inNewYork.date(0)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(inNewYork.date(1)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(inUtc.size()).isEqualTo(1);
        assertThat(inUtc.kilograms(0)).isEqualTo(81);
    }

    @Test
    void followsDaylightSavingTime() {
        var berlin = ZoneId.of("Europe/Berlin");
        // summer time: 23:30 UTC on 1 July is 01:30 on 2 July in Berlin (UTC+2); in winter (UTC+1) 00:30
        var summer = Measurements.builder(1).add(Instant.parse("2026-07-01T23:30:00Z"), 80).build();
        var winter = Measurements.builder(1).add(Instant.parse("2026-01-01T22:30:00Z"), 80).build();

        assertThat(DailySeries.of(summer, berlin).date(0)).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(DailySeries.of(winter, berlin).date(0)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void countsDaysWithDataInARange() {
        var daily = Weighings.utc().day(0, 80).day(1, 80).day(1, 81).day(5, 79).day(9, 78).daily();

        assertThat(daily.daysWithDataBetween(MONDAY, MONDAY.plusDays(9))).isEqualTo(4);
        assertThat(daily.daysWithDataBetween(MONDAY.plusDays(1), MONDAY.plusDays(8))).isEqualTo(2);
        assertThat(daily.daysWithDataBetween(MONDAY.plusDays(2), MONDAY.plusDays(4))).isZero();
        assertThat(daily.daysWithDataBetween(MONDAY.minusDays(30), MONDAY.minusDays(1))).isZero();
    }

    @Test
    void streakCountsConsecutiveDaysEndingToday() {
        var daily = Weighings.utc().day(0, 80).day(2, 80).day(3, 80).day(4, 80).daily();

        assertThat(daily.streak(MONDAY.plusDays(4))).isEqualTo(new Streak(3, MONDAY.plusDays(2)));
    }

    @Test
    void streakMayEndYesterdayWhenTodayHasNoWeighInYet() {
        var daily = Weighings.utc().day(2, 80).day(3, 80).daily();

        assertThat(daily.streak(MONDAY.plusDays(4))).isEqualTo(new Streak(2, MONDAY.plusDays(2)));
        assertThat(daily.streak(MONDAY.plusDays(5))).isEqualTo(Streak.NONE);
    }

    @Test
    void streakIgnoresDaysAfterToday() {
        var daily = Weighings.utc().day(3, 80).day(4, 80).daily();

        assertThat(daily.streak(MONDAY.plusDays(3))).isEqualTo(new Streak(1, MONDAY.plusDays(3)));
        assertThat(daily.streak(MONDAY.plusDays(2))).isEqualTo(Streak.NONE);
    }

    @Test
    void noWeighInsMeanNoDays() {
        var daily = DailySeries.of(Measurements.none(), Weighings.UTC);

        assertThat(daily.isEmpty()).isTrue();
        assertThat(daily.streak(MONDAY)).isEqualTo(Streak.NONE);
        assertThat(daily.daysWithDataBetween(MONDAY.minusDays(29), MONDAY)).isZero();
    }
}
