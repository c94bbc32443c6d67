package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.dec;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.entry;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newEntryId;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.analysis.Measurements;

class JdbcMeasurementHistoryTest {

    private final JooqWeightEntryRepository entries = new JooqWeightEntryRepository(TestDatabase.dsl());
    private final JdbcMeasurementHistory history = new JdbcMeasurementHistory(TestDatabase.dsl());
    private final UserId anna = newUserId();
    private final UserId bert = newUserId();

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean();
    }

    @Test
    void readsExactMillisecondsAndTheDoublesOfTheStoredDecimals() {
        var midnight = Instant.parse("2026-03-01T00:00:00Z");
        var almostMidnight = Instant.parse("2026-02-28T23:59:59.999999Z");
        var withMasses = WeighIn.of(dec("80.12"), MassUnit.KG, null, Instant.parse("2026-03-01T07:30:00.123456Z"), null,
                dec("23.45"), dec("36.7"), dec("55.5"));
        entries.add(entry(anna, "81.1", midnight));
        entries.add(entry(anna, "81.3", almostMidnight));
        entries.add(WeightEntry.restore(newEntryId(), anna, withMasses, "manual", midnight, 0));

        var read = history.of(anna, null, null);

        assertThat(read.size()).isEqualTo(3);
        assertThat(read.epochMilli(0)).as("microseconds are cut, never rounded into the next day")
                .isEqualTo(midnight.toEpochMilli() - 1);
        assertThat(read.epochMilli(1)).isEqualTo(midnight.toEpochMilli());
        assertThat(read.epochMilli(2)).isEqualTo(Instant.parse("2026-03-01T07:30:00.123Z").toEpochMilli());
        assertThat(read.kilograms(0)).isEqualTo(81.3);
        assertThat(read.kilograms(2)).isEqualTo(80.12);
        assertThat(read.bodyFatPercentage(2)).isEqualTo(23.45);
        assertThat(read.muscleKilograms(2)).isEqualTo(36.7);
        assertThat(read.waterPercentage(2)).isEqualTo(55.5);
        assertThat(read.bodyFatPercentage(0)).isNaN();
        assertThat(read.muscleKilograms(0)).isNaN();
        assertThat(read.waterPercentage(0)).isNaN();
    }

    @Test
    void readsSeveralUsersApartWithinTheBounds() {
        var t0 = Instant.parse("2026-03-01T07:00:00Z");
        for (var day = 0; day < 5; day++) {
            entries.add(entry(anna, "80", t0.plusSeconds(86_400L * day)));
            entries.add(entry(bert, "90", t0.plusSeconds(86_400L * day)));
        }

        var read = history.ofAll(List.of(anna, bert, newUserId()), t0.plusSeconds(86_400), t0.plusSeconds(86_400 * 4));

        assertThat(read).containsOnlyKeys(anna, bert);
        assertThat(read.get(anna).size()).isEqualTo(3);
        assertThat(read.get(bert).kilograms(0)).isEqualTo(90.0);
        assertThat(read.get(bert).instant(0)).isEqualTo(t0.plusSeconds(86_400));
        assertThat(history.of(newUserId(), null, null).isEmpty()).isTrue();
        assertThat(history.ofAll(List.of(), null, null)).isEmpty();
    }

    @Test
    void oneUsersHistoryIsOldestFirst() {
        var t0 = Instant.parse("2026-03-01T07:00:00Z");
        entries.add(entry(anna, "82", t0.plusSeconds(3_600)));
        entries.add(entry(anna, "83", t0));

        Measurements read = history.of(anna, null, null);

        assertThat(read.kilograms(0)).isEqualTo(83.0);
        assertThat(read.kilograms(1)).isEqualTo(82.0);
    }
}
