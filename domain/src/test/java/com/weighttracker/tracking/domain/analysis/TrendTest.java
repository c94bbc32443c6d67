package com.weighttracker.tracking.domain.analysis;

import static com.weighttracker.tracking.domain.analysis.Weighings.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class TrendTest {

    private static final double EXACT = 1e-9;

    @Test
    void startsAtTheFirstDaysAverage() {
        var trend = Weighings.utc().at(MONDAY, LocalTime.of(7, 0), 100).at(MONDAY, LocalTime.of(19, 0), 98).trend();

        assertThat(trend.size()).isEqualTo(1);
        assertThat(trend.value(0)).isEqualTo(99);
    }

    @Test
    void movesATenthOfTheWayTowardEachNextDay() {
        // 100, then 100 + 0.1 × (99 − 100) = 99.9, then 99.9 + 0.1 × (98 − 99.9) = 99.71
        var trend = Weighings.utc().day(0, 100).day(1, 99).day(2, 98).trend();

        assertThat(trend.value(1)).isCloseTo(99.9, within(EXACT));
        assertThat(trend.value(2)).isCloseTo(99.71, within(EXACT));
    }

    @Test
    void weighsADayAfterAGapAsMuchAsTheMissedDaysTogether() {
        // three days later: α = 1 − 0.9³ = 0.271, so 100 + 0.271 × (97 − 100) = 99.187
        var trend = Weighings.utc().day(0, 100).day(3, 97).trend();

        assertThat(Trend.smoothingFactor(3)).isCloseTo(0.271, within(EXACT));
        assertThat(trend.value(1)).isCloseTo(99.187, within(EXACT));
    }

    @Test
    void aGapEqualsFeedingTheNewValueOnEveryMissedDay() {
        var withGap = Weighings.utc().day(0, 100).day(5, 95).trend();
        var everyDay = Weighings.utc().day(0, 100).day(1, 95).day(2, 95).day(3, 95).day(4, 95).day(5, 95).trend();

        assertThat(withGap.value(1)).isCloseTo(everyDay.value(5), within(EXACT));
    }

    @Test
    void averagesSeveralWeighInsADayBeforeSmoothing() {
        // day 1 averages (98 + 100) / 2 = 99: 100 + 0.1 × (99 − 100) = 99.9, as if one 99 had been logged
        var trend = Weighings.utc().day(0, 100)
                .at(MONDAY.plusDays(1), LocalTime.of(6, 0), 98)
                .at(MONDAY.plusDays(1), LocalTime.of(21, 0), 100)
                .trend();

        assertThat(trend.size()).isEqualTo(2);
        assertThat(trend.value(1)).isCloseTo(99.9, within(EXACT));
    }

    @Test
    void holdsItsValueBetweenDaysWithData() {
        var trend = Weighings.utc().day(0, 100).day(4, 90).trend();

        assertThat(trend.on(MONDAY.minusDays(1))).isEmpty();
        assertThat(trend.on(MONDAY.plusDays(3)).getAsDouble()).isEqualTo(100);
        assertThat(trend.on(MONDAY.plusDays(10)).getAsDouble()).isEqualTo(trend.value(1));
        assertThat(trend.latest().getAsDouble()).isEqualTo(trend.value(1));
    }

    @Test
    void hasNoValueWithoutWeighIns() {
        var trend = Trend.of(DailySeries.of(Measurements.none(), Weighings.UTC));

        assertThat(trend.isEmpty()).isTrue();
        assertThat(trend.latest()).isEmpty();
    }

    @Test
    void refusesAGapOfLessThanADay() {
        assertThatIllegalArgumentException().isThrownBy(() -> Trend.smoothingFactor(0));
    }
}
