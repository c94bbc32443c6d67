package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.unreadable;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
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
        assertThat(second.muscleMass()).isEqualTo(Mass.of(new BigDecimal("35.2"), MassUnit.KG));
        assertThat(second.waterPercentage()).isEqualByComparingTo("55.3");
        assertThat(rows.get(2).bodyFatPercentage()).as("-- is no value").isNull();
        assertThat(rows.get(2).muscleMass()).isNull();
    }

    @Test
    void readsPoundsAndTwelveHourTimes() {
        var rows = weighIns(rows(open("garmin-lbs.csv")));

        assertThat(rows).extracting(ImportedWeighIn::localDateTime).containsExactly(
                LocalDateTime.parse("2024-01-02T07:30"), LocalDateTime.parse("2024-01-02T21:10"));
        assertThat(rows).extracting(ImportedWeighIn::unit).containsOnly(MassUnit.LB);
        assertThat(rows.get(0).weight()).isEqualByComparingTo("181.7");
        assertThat(rows.get(0).bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(rows.get(0).muscleMass()).isEqualTo(Mass.of(new BigDecimal("77.6"), MassUnit.LB));
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
