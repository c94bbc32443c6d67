package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

class WithingsCsvTest {

    @Test
    void readsKilogramsAndTurnsFatMassAndHydrationIntoPercentagesOfTheWeight() {
        var file = open("withings-kg.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("withings");
        assertThat(rows).extracting(ImportedWeighIn::line).containsExactly(2L, 3L, 4L);
        var oldest = rows.get(2);
        assertThat(oldest.localDateTime()).isEqualTo(LocalDateTime.parse("2024-01-02T07:30:00"));
        assertThat(oldest.weight()).isEqualByComparingTo("82.40");
        assertThat(oldest.unit()).isEqualTo(MassUnit.KG);
        // 17.14 kg of 82.40 kg
        assertThat(twoDecimals(oldest.bodyFatPercentage())).isEqualByComparingTo("20.80");
        assertThat(twoDecimals(oldest.waterPercentage())).isEqualByComparingTo("55.30");
        assertThat(oldest.muscleMass()).isEqualTo(Mass.of(new BigDecimal("61.80"), MassUnit.KG));
        assertThat(oldest.notes()).isEqualTo("Morning, before breakfast");
        assertThat(rows.get(1).bodyFatPercentage()).isNull();
        assertThat(rows.get(1).muscleMass()).isNull();
    }

    @Test
    void readsAPoundAccountInPounds() {
        var rows = weighIns(rows(open("withings-lb.csv")));

        assertThat(rows).extracting(ImportedWeighIn::unit).containsOnly(MassUnit.LB);
        assertThat(rows.get(1).weight()).isEqualByComparingTo("181.7");
        assertThat(twoDecimals(rows.get(1).bodyFatPercentage())).isEqualByComparingTo("20.80");
        assertThat(rows.get(1).muscleMass()).isEqualTo(Mass.of(new BigDecimal("136.2"), MassUnit.LB));
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
