package com.weighttracker.tracking.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    @Test
    void keepsWeighInsAndBodyCompositionInTheOrderGiven() {
        var measurements = Measurements.builder(1)
                .add(T0, 80.5, 25.0, Double.NaN, 55.5)
                .add(T0.plusSeconds(60), 80.0)
                .add(T0.plusSeconds(60), 79.5)
                .build();

        assertThat(measurements.size()).isEqualTo(3);
        assertThat(measurements.instant(0)).isEqualTo(T0);
        assertThat(measurements.kilograms(2)).isEqualTo(79.5);
        assertThat(measurements.bodyFatPercentage(0)).isEqualTo(25.0);
        assertThat(measurements.muscleKilograms(0)).isNaN();
        assertThat(measurements.waterPercentage(1)).isNaN();
    }

    @Test
    void refusesAWeighInOlderThanThePreviousOne() {
        var builder = Measurements.builder(2).add(T0, 80);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(T0.minusMillis(1), 80));
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0, -1, Double.NaN, Double.POSITIVE_INFINITY })
    void refusesAMassThatIsNotPositiveAndFinite(double kg) {
        var builder = Measurements.builder(1);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(T0, kg));
    }

    @Test
    void findsTheFirstWeighInAtOrAfterAnInstant() {
        var measurements = Measurements.builder(3).add(T0, 80).add(T0.plusSeconds(10), 81).add(T0.plusSeconds(20), 82)
                .build();

        assertThat(measurements.firstAtOrAfter(T0.minusSeconds(1))).isZero();
        assertThat(measurements.firstAtOrAfter(T0.plusSeconds(10))).isEqualTo(1);
        assertThat(measurements.firstAtOrAfter(T0.plusSeconds(11))).isEqualTo(2);
        assertThat(measurements.firstAtOrAfter(T0.plusSeconds(21))).isEqualTo(3);
    }

    @Test
    void concatenatesOlderBeforeNewer() {
        var older = Measurements.builder(1).add(T0, 80).build();
        var newer = Measurements.builder(1).add(T0.plusSeconds(86_400), 79, 20, 30, 50).build();

        var both = Measurements.concat(older, newer);

        assertThat(both.size()).isEqualTo(2);
        assertThat(both.kilograms(0)).isEqualTo(80);
        assertThat(both.muscleKilograms(1)).isEqualTo(30);
        assertThat(Measurements.concat(Measurements.none(), newer)).isSameAs(newer);
    }

    @Test
    void anEmptyBuilderBuildsNone() {
        assertThat(Measurements.builder(4).build().isEmpty()).isTrue();
    }
}
