package com.weighttracker.tracking.domain.analysis;

import static com.weighttracker.tracking.domain.analysis.Weighings.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class PeriodProgressTest {

    private static final LocalDate FROM = MONDAY;
    private static final LocalDate TO = MONDAY.plusDays(13);

    private static PeriodProgress progress(Weighings weighings, LocalDate today) {
        return PeriodProgress.of(weighings.measurements(), Weighings.UTC, FROM, TO, today).orElseThrow();
    }

    @Test
    void lossIsMeasuredOnTheTrendFromTheFirstToTheLastDayOfThePeriod() {
        // 100 kg falling 0.1 kg a day from ten days before the period: trend 99.58619 on day 0, 98.52023 on day 13
        var weighings = Weighings.utc();
        for (var day = -10; day < 14; day++) {
            weighings.day(day, 100 - 0.1 * (day + 10));
        }

        var progress = progress(weighings, TO);

        assertThat(progress.startKg()).isCloseTo(99.0, within(1e-9));
        assertThat(progress.currentKg()).isCloseTo(97.7, within(1e-9));
        assertThat(progress.trendStartKg()).isCloseTo(99.58618940391, within(1e-9));
        assertThat(progress.trendKg()).isCloseTo(98.52023355692312, within(1e-9));
        assertThat(progress.lostKg()).isCloseTo(1.0659558469868813, within(1e-9));
        assertThat(progress.percentLost()).isCloseTo(1.070385214423145, within(1e-9));
    }

    @Test
    void oneDehydratedMorningCannotTopALeaderboard() {
        var steady = Weighings.utc();
        for (var day = -10; day < 14; day++) {
            steady.day(day, 100 - 0.1 * (day + 10));
        }
        var oneMorning = Weighings.utc();
        for (var day = -10; day < 13; day++) {
            oneMorning.day(day, 100);
        }
        oneMorning.day(13, 95);

        var dehydrated = progress(oneMorning, TO);

        // 100 → 100 + 0.1 × (95 − 100) = 99.5: half a kilo, not five
        assertThat(dehydrated.currentKg()).isEqualTo(95);
        assertThat(dehydrated.lostKg()).isCloseTo(0.5, within(1e-9));
        assertThat(dehydrated.lostKg()).isLessThan(progress(steady, TO).lostKg());
    }

    @Test
    void weeksBeforeThePeriodDampATooLightFirstDay() {
        var withHistory = Weighings.utc().day(-2, 100).day(-1, 100).day(0, 90).day(13, 90);
        var withoutHistory = Weighings.utc().day(0, 90).day(13, 90);

        // day 0 follows day −1: 100 + 0.1 × (90 − 100) = 99; without history the trend starts at 90
        assertThat(progress(withHistory, TO).trendStartKg()).isCloseTo(99, within(1e-9));
        assertThat(progress(withoutHistory, TO).trendStartKg()).isEqualTo(90);
    }

    @Test
    void weighInsAfterThePeriodDoNotCount() {
        var weighings = Weighings.utc().day(0, 90).day(13, 89).day(14, 70);

        var progress = progress(weighings, MONDAY.plusDays(14));

        assertThat(progress.currentKg()).isEqualTo(89);
        assertThat(progress.trendKg()).isCloseTo(90 + (1 - Math.pow(0.9, 13)) * (89 - 90), within(1e-9));
        assertThat(progress.streakDays()).isEqualTo(2);
    }

    @Test
    void thePeriodsDaysAreTheUsersLocalDays() {
        var tokyo = ZoneId.of("Asia/Tokyo");
        var weighings = Weighings.in(tokyo)
                .at(FROM.minusDays(1), LocalTime.of(23, 30), 95)
                .at(FROM, LocalTime.of(0, 30), 90)
                .at(TO, LocalTime.of(23, 30), 89)
                .at(TO.plusDays(1), LocalTime.of(0, 30), 70);

        var progress = PeriodProgress.of(weighings.measurements(), tokyo, FROM, TO, TO.plusDays(1)).orElseThrow();

        assertThat(progress.startKg()).isEqualTo(90);
        assertThat(progress.currentKg()).isEqualTo(89);
    }

    @Test
    void streakCountsLocalDaysEndingTodayOrYesterday() {
        var weighings = Weighings.utc().day(0, 90).day(10, 90).day(11, 90).day(12, 90);

        assertThat(progress(weighings, TO).streakDays()).isEqualTo(3);
        assertThat(progress(weighings, TO.plusDays(1)).streakDays()).isZero();
    }

    @Test
    void noWeighInInThePeriodIsNoProgress() {
        var weighings = Weighings.utc().day(-3, 90).day(20, 89);

        assertThat(PeriodProgress.of(weighings.measurements(), Weighings.UTC, FROM, TO, TO)).isEmpty();
    }
}
