package com.weighttracker.tracking.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DownsamplingTest {

    private static double[] noisy(int n, long seed) {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++) {
            values[i] = 100 - i * 0.01 + random.nextGaussian();
        }
        return values;
    }

    @Test
    void keepsAShortSeriesWhole() {
        var kept = Downsampling.minMax(new double[] { 3, 1, 2 }, 0, 3, 400);

        assertThat(kept).containsExactly(0, 1, 2);
    }

    @Test
    void boundsALongSeriesToTheMaximum() {
        var values = noisy(3 * 365, 1);

        var kept = Downsampling.minMax(values, 0, values.length, 400);

        assertThat(kept.length).isBetween(300, 400);
    }

    @Test
    void keepsPointsInTimeOrderWithoutDuplicates() {
        var values = noisy(5000, 2);

        var kept = Downsampling.minMax(values, 0, values.length, 400);

        for (var i = 1; i < kept.length; i++) {
            assertThat(kept[i]).isGreaterThan(kept[i - 1]);
        }
    }

    @Test
    void neverLosesTheExtremesNorTheFirstAndLastPoint() {
        var values = noisy(5000, 3);
        values[1234] = 40;
        values[4321] = 200;

        var kept = Downsampling.minMax(values, 0, values.length, 400);

        assertThat(kept).contains(0, 1234, 4321, 4999);
    }

    @Test
    void everyBucketKeepsItsOwnMinimumAndMaximum() {
        // 102 points, 6 kept: the first, the last and the min and max of two buckets of 50
        var values = new double[102];
        Arrays.fill(values, 50);
        values[10] = 40;
        values[30] = 60;
        values[70] = 61;
        values[90] = 39;

        var kept = Downsampling.minMax(values, 0, values.length, 6);

        assertThat(kept).containsExactly(0, 10, 30, 70, 90, 101);
    }

    @Test
    void worksOnARangeOfTheSeries() {
        var values = IntStream.range(0, 1000).asDoubleStream().toArray();

        var kept = Downsampling.minMax(values, 500, 1000, 100);

        assertThat(kept.length).isLessThanOrEqualTo(100);
        assertThat(kept[0]).isEqualTo(500);
        assertThat(kept[kept.length - 1]).isEqualTo(999);
    }

    @Test
    void refusesABoundTooSmallForOneBucket() {
        assertThatIllegalArgumentException().isThrownBy(() -> Downsampling.minMax(new double[10], 0, 10, 3));
    }
}
