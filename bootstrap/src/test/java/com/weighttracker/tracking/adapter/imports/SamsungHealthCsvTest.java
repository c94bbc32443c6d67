package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

class SamsungHealthCsvTest {

    @Test
    void skipsTheMetadataLineAndReadsStartTimesAsUtcWithBodyComposition() {
        var file = open("samsung-health-weight.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("samsung-health");
        assertThat(rows).extracting(ImportedWeighIn::line).containsExactly(3L, 4L);
        var first = rows.get(0);
        assertThat(first.recordedAt()).isEqualTo(Instant.parse("2024-01-02T06:30:00Z"));
        assertThat(first.weight()).isEqualByComparingTo("82.4");
        assertThat(first.unit()).isEqualTo(MassUnit.KG);
        assertThat(first.bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(first.muscleMass()).as("muscle_mass, total muscle; not skeletal_muscle_mass (35.2)")
                .isEqualTo(Mass.of(new BigDecimal("61.9"), MassUnit.KG));
        // 48.6 kg of water in 82.4 kg
        assertThat(first.waterPercentage().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("58.98");
        assertThat(rows.get(1).notes()).isEqualTo("manual entry");
        assertThat(rows.get(1).bodyFatPercentage()).isNull();
    }

    @Test
    void readsColumnsPrefixedWithTheDataType() {
        var rows = weighIns(rows(open(("com.samsung.health.weight,6305010,2\n"
                + "com.samsung.health.weight.start_time,com.samsung.health.weight.weight,"
                + "com.samsung.health.weight.body_fat,\n"
                + "2024-01-02 06:30:00.000,82.4,20.8,\n").getBytes(StandardCharsets.UTF_8))));

        assertThat(rows.get(0).weight()).isEqualByComparingTo("82.4");
        assertThat(rows.get(0).bodyFatPercentage()).isEqualByComparingTo("20.8");
    }
}
