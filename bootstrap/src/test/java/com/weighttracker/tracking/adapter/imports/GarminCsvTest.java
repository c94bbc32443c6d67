package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.unreadable;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;

class GarminCsvTest {

    @Test
    void joinsEachTimeToTheDateLineAboveItAndReadsUnitSuffixedKilograms() {
        var file = open("garmin-kg.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("garmin");
        assertThat(rows).extracting(ImportedWeighIn::line, ImportedWeighIn::localDateTime).containsExactly(
                tuple(3L, LocalDateTime.parse("2024-01-03T07:05")), tuple(5L, LocalDateTime.parse("2024-01-02T07:30")),
                tuple(6L, LocalDateTime.parse("2024-01-02T21:10")));
        var second = rows.get(1);
        assertThat(second.weight()).isEqualByComparingTo("82.4");
        assertThat(second.unit()).isEqualTo(MassUnit.KG);
        assertThat(second.bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(second.muscleMass()).as("skeletal muscle is not our (total) muscle mass").isNull();
        assertThat(second.waterPercentage()).isEqualByComparingTo("55.3");
        assertThat(rows.get(2).bodyFatPercentage()).as("-- is no value").isNull();
    }

    @Test
    void readsPoundsAndTwelveHourTimes() {
        var rows = weighIns(rows(open("garmin-lbs.csv")));

        assertThat(rows).extracting(ImportedWeighIn::localDateTime).containsExactly(
                LocalDateTime.parse("2024-01-02T07:30"), LocalDateTime.parse("2024-01-02T21:10"));
        assertThat(rows).extracting(ImportedWeighIn::unit).containsOnly(MassUnit.LB);
        assertThat(rows.get(0).weight()).isEqualByComparingTo("181.7");
        assertThat(rows.get(0).bodyFatPercentage()).isEqualByComparingTo("20.8");
    }

    @ParameterizedTest
    @ValueSource(strings = { "garmin-en-gb.csv", "garmin-de.csv", "garmin-fr.csv", "garmin-es.csv", "garmin-it.csv",
        "garmin-nl.csv" })
    void readsTheExportInEachOfGarminsLanguages(String fixture) {
        var file = open(fixture);
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("garmin");
        assertThat(rows).extracting(ImportedWeighIn::line, ImportedWeighIn::localDateTime, ImportedWeighIn::unit)
                .containsExactly(tuple(3L, LocalDateTime.parse("2023-09-21T17:08"), MassUnit.KG),
                        tuple(5L, LocalDateTime.parse("2023-09-20T07:05"), MassUnit.KG));
        assertThat(rows.get(0).weight()).isEqualByComparingTo("82.4");
        assertThat(rows.get(0).bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(rows.get(0).waterPercentage()).isEqualByComparingTo("55.3");
        assertThat(rows.get(0).muscleMass()).isNull();
        assertThat(rows.get(1).weight()).isEqualByComparingTo("82.6");
        assertThat(rows.get(1).bodyFatPercentage()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { " Jan 2, 2024|2024-01-02", " 2 Jan 2024|2024-01-02", "2. Januar 2024|2024-01-02",
        "2 févr. 2024|2024-02-02", "2 de mar. de 2024|2024-03-02", "2 maggio 2024|2024-05-02", "2 mrt. 2024|2024-03-02",
        "2 juin 2024|2024-06-02", "2 juil. 2024|2024-07-02", "2 août 2024|2024-08-02", "2 ott 2024|2024-10-02",
        "2 dez. 2024|2024-12-02", "02.01.2024|2024-01-02", "2024-01-02|2024-01-02" })
    void readsDateLinesAsGarminWritesThem(String line, String date) {
        assertThat(GarminCsv.dateOrNull(line)).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = { "07:30", "7:30 AM", "17:08", "5:08 p. m.", "" })
    void doesNotTakeATimeForADateLine(String time) {
        assertThat(GarminCsv.dateOrNull(time)).isNull();
    }

    @Test
    void refusesAWeightWithoutAUnitAndATimeBeforeAnyDate() {
        var rows = rows(open(("Time,Weight,Change,BMI,Body Fat,Skeletal Muscle Mass,Bone Mass,Body Water,\n"
                + "07:30,82.4 kg,--,25.4,--,--,--,--,\n"
                + "\" Jan 2, 2024\",,,,,,,,\n"
                + "07:30,82.4,--,25.4,--,--,--,--,\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(unreadable(rows)).extracting(UnreadableRow::line, UnreadableRow::reason).containsExactly(
                tuple(2L, "a weigh-in before the first date line"),
                tuple(4L, "Weight '82.4' needs a unit: kg or lbs"));
    }
}
