package com.weighttracker.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LocalScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void keepsTheLocalTimeAcrossSpringForward() {
        var saturday = LocalSchedule.nextDaily(LocalTime.of(7, 30), BERLIN, Instant.parse("2027-03-27T05:00:00Z"));
        var sunday = LocalSchedule.nextDaily(LocalTime.of(7, 30), BERLIN, saturday);

        assertThat(saturday).isEqualTo(Instant.parse("2027-03-27T06:30:00Z"));
        assertThat(sunday).isEqualTo(Instant.parse("2027-03-28T05:30:00Z"));
    }

    @Test
    void aTimeTheClocksSkipMovesOnByTheGapAndATwiceHappeningOneComesAtItsFirst() {
        assertThat(LocalSchedule.nextDaily(LocalTime.of(2, 30), BERLIN, Instant.parse("2027-03-27T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z")); // 03:30 CEST
        assertThat(LocalSchedule.nextDaily(LocalTime.of(2, 30), BERLIN, Instant.parse("2027-10-30T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-10-31T00:30:00Z")); // 02:30 CEST, the first of two
    }

    @Test
    void weeklyComesOnTheDayAndNeverAtTheVeryInstantAfterWhichItIsAsked() {
        var monday = LocalSchedule.nextWeekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN,
                Instant.parse("2027-03-24T12:00:00Z"));

        assertThat(monday).isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
        assertThat(LocalSchedule.nextWeekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN, monday))
                .isEqualTo(Instant.parse("2027-04-05T07:00:00Z"));
    }

    @Test
    void quietHoursSpanMidnightAndEndWhereTheySay() {
        var quiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

        assertThat(quiet.contains(LocalTime.of(23, 0))).isTrue();
        assertThat(quiet.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(quiet.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(quiet.contains(LocalTime.of(21, 59))).isFalse();
        assertThat(quiet.nextAllowed(Instant.parse("2027-03-27T22:00:00Z"), BERLIN)) // 23:00 CET
                .isEqualTo(Instant.parse("2027-03-28T05:00:00Z")); // 07:00 CEST
    }

    @Test
    void aZoneChangePlansAgainOnlyWhenTheZoneIsNew() {
        var preferences = NotificationPreferences.defaults(com.weighttracker.shared.UserId.of(
                "0190a2b4-0000-7000-8000-000000000001"));
        preferences.change(new PreferencesChange(java.util.Map.of(), java.util.Optional.empty(),
                java.util.Optional.of(java.util.Optional.of(LocalTime.of(7, 30))), java.util.Optional.empty()),
                BERLIN, Instant.parse("2027-03-27T05:00:00Z"));

        assertThat(preferences.moveTo(BERLIN, Instant.parse("2027-03-27T07:00:00Z"))).isFalse();
        assertThat(preferences.nextDailyReminder()).contains(Instant.parse("2027-03-27T06:30:00Z"));
        assertThat(preferences.moveTo(ZoneId.of("America/New_York"), Instant.parse("2027-03-27T07:00:00Z"))).isTrue();
        assertThat(preferences.nextDailyReminder()).contains(Instant.parse("2027-03-27T11:30:00Z"));
    }
}
