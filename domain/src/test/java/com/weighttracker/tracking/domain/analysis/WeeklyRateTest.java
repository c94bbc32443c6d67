package com.weighttracker.tracking.domain.analysis;

import static com.weighttracker.tracking.domain.analysis.Weighings.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WeeklyRateTest {

    private static final LocalDate DAY_13 = MONDAY.plusDays(13);

    /** Trend values on the given days (after {@link Weighings#MONDAY}). */
    private static Trend trend(int[] days, double[] values) {
        return Trend.of(IntStream.of(days).mapToLong(Weighings::epochDay).toArray(), values);
    }

    @Test
    void isTheLeastSquaresSlopePerWeekWithItsStandardError() {
        // days 7..13: 100 − 0.1 x plus residuals (0.1, 0, −0.1, 0, −0.1, 0, 0.1) that sum to zero and do
        // not correlate with x, so the slope is exactly −0.1 kg/day = −0.7 kg/week;
        // SSE = 4 × 0.01 = 0.04, Sxx = 9+4+1+0+1+4+9 = 28, SE = √(0.04 / 5 / 28) = 0.0169031 per day,
        // 0.1183216 per week. The three days before the 14-day window (200 kg!) do not count.
        var trend = trend(new int[] { -3, -2, -1, 7, 8, 9, 10, 11, 12, 13 },
                new double[] { 200, 200, 200, 100.1, 99.9, 99.7, 99.7, 99.5, 99.5, 99.5 });

        var rate = WeeklyRate.of(trend, DAY_13).orElseThrow();

        assertThat(rate.kilogramsPerWeek()).isCloseTo(-0.7, within(1e-9));
        assertThat(rate.standardError()).isCloseTo(0.1183216, within(1e-7));
        assertThat(rate.kilogramsPerDay()).isCloseTo(-0.1, within(1e-9));
        assertThat(rate.standardErrorPerDay()).isCloseTo(0.0169031, within(1e-7));
        assertThat(rate.daysWithData()).isEqualTo(7);
    }

    @Test
    void aStraightTrendHasNoStandardError() {
        var trend = trend(new int[] { 0, 2, 4, 6, 8, 10, 12 }, new double[] { 90, 90.1, 90.2, 90.3, 90.4, 90.5, 90.6 });

        var rate = WeeklyRate.of(trend, DAY_13).orElseThrow();

        assertThat(rate.kilogramsPerWeek()).isCloseTo(0.35, within(1e-9));
        assertThat(rate.standardError()).isCloseTo(0, within(1e-9));
    }

    @Test
    void needsSevenDaysWithWeighInsAmongTheLastFourteen() {
        // six days in the window (1..13, every other day from 3), many before it
        var sixDays = trend(new int[] { -6, -5, -4, -3, -2, -1, 3, 5, 7, 9, 11, 13 },
                new double[] { 90, 90, 90, 90, 90, 90, 89, 88, 87, 86, 85, 84 });
        var sevenDays = trend(new int[] { 0, 3, 5, 7, 9, 11, 13 }, new double[] { 90, 89, 88, 87, 86, 85, 84 });

        assertThat(WeeklyRate.of(sixDays, DAY_13)).isEmpty();
        assertThat(WeeklyRate.of(sevenDays, DAY_13)).isPresent();
    }

    @Test
    void aRateGoesStaleWhenTheWeighInsStop() {
        var trend = trend(new int[] { 0, 1, 2, 3, 4, 5, 6 }, new double[] { 90, 89, 88, 87, 86, 85, 84 });

        assertThat(WeeklyRate.of(trend, MONDAY.plusDays(13))).isPresent();
        assertThat(WeeklyRate.of(trend, MONDAY.plusDays(14))).isEmpty();
    }

    @Test
    void countsADayAheadOfTodayLikeAnyOther() {
        // day 14 is tomorrow (a clock ahead of the zone): the trend counts it, so the rate does too
        var trend = trend(new int[] { 7, 8, 9, 10, 11, 12, 13, 14 }, new double[] { 90, 89, 88, 87, 86, 85, 84, 83 });

        var rate = WeeklyRate.of(trend, DAY_13).orElseThrow();

        assertThat(rate.kilogramsPerWeek()).isCloseTo(-7, within(1e-9));
        assertThat(rate.daysWithData()).isEqualTo(8);
    }

    @Test
    void isComputedFromTheSmoothedTrendOfRealWeighIns() {
        var weighings = Weighings.utc();
        for (var day = 0; day < 14; day++) {
            weighings.day(day, 90 - 0.1 * day);
        }
        var trend = weighings.trend();

        var rate = WeeklyRate.of(trend, DAY_13).orElseThrow();

        // the trend lags, but falls steadily: between 0 and the raw −0.7 kg/week
        assertThat(rate.kilogramsPerWeek()).isBetween(-0.7, -0.1);
    }
}
