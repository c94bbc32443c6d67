package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

class OpenScaleCsvTest {

    @Test
    void readsVersionTwoWithQuotedValuesLocalTimesAndZeroAsNotMeasured() {
        var file = open("openscale-v2.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("openscale");
        assertThat(rows).extracting(ImportedWeighIn::localDateTime).containsExactly(
                LocalDateTime.parse("2024-01-02T07:30"), LocalDateTime.parse("2024-01-03T07:45"),
                LocalDateTime.parse("2024-01-04T06:50"));
        assertThat(rows).extracting(ImportedWeighIn::recordedAt).containsOnlyNulls();
        assertThat(rows).extracting(ImportedWeighIn::unit).containsOnly(MassUnit.KG);
        var first = rows.get(0);
        assertThat(first.weight()).isEqualByComparingTo("82.4");
        assertThat(first.bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(first.waterPercentage()).isEqualByComparingTo("55.3");
        assertThat(first.muscleMass()).as("openScale's muscle is a percentage").isNull();
        assertThat(first.notes()).isEqualTo("after run, tired");
        assertThat(rows.get(1).bodyFatPercentage()).isNull();
        assertThat(rows.get(1).waterPercentage()).isNull();
        assertThat(rows.get(1).notes()).isNull();
        assertThat(rows.get(2).notes()).isEqualTo("said \"hello\" to the scale");
    }

    @Test
    void readsVersionThreeWithSeparateIsoDateAndTimeAndNoonForAMissingTime() {
        var rows = weighIns(rows(open("openscale-v3.csv")));

        assertThat(rows).extracting(ImportedWeighIn::localDateTime).containsExactly(
                LocalDateTime.parse("2024-01-02T07:30"), LocalDateTime.parse("2024-01-03T07:45:10"),
                LocalDateTime.parse("2024-01-04T12:00"));
        assertThat(rows).extracting(row -> row.weight().toPlainString()).containsExactly("82.4", "82.1", "81.9");
        assertThat(rows.get(0).bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(rows.get(1).bodyFatPercentage()).isNull();
        assertThat(rows.get(2).waterPercentage()).isEqualByComparingTo("55.6");
        assertThat(rows.get(2).notes()).isEqualTo("evening, after dinner");
    }
}
