package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

class WgerCsvTest {

    @Test
    void readsBareDatesAsNoonLocalAndDateTimesWithAnOffsetAsInstantsInKilograms() {
        var file = open("wger.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("wger");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).localDateTime()).isEqualTo(LocalDateTime.parse("2024-01-02T12:00"));
        assertThat(rows.get(0).weight()).isEqualByComparingTo("82.4");
        assertThat(rows.get(0).unit()).isEqualTo(MassUnit.KG);
        assertThat(rows.get(2).recordedAt()).isEqualTo(Instant.parse("2024-01-04T18:15:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "wger-de.csv", "wger-fr.csv", "wger-es.csv" })
    void recognisesTheHeaderInWgersLanguages(String fixture) {
        var file = open(fixture);
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("wger");
        assertThat(rows).extracting(ImportedWeighIn::localDateTime).containsExactly(
                LocalDateTime.parse("2024-01-02T12:00"), LocalDateTime.parse("2024-01-03T12:00"));
        assertThat(rows.get(0).weight()).isEqualByComparingTo("82.4");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Data,Peso", "Data,Waga", "Дата,Вес", "Datum,Vikt", "Tarih,Ağırlık" })
    void recognisesMoreOfWgersLanguages(String header) {
        var file = open((header + "\n2024-01-02,82.4\n").getBytes(StandardCharsets.UTF_8));

        assertThat(file.format()).isEqualTo("wger");
        assertThat(weighIns(rows(file)).get(0).weight()).isEqualByComparingTo("82.4");
    }

    @Test
    void readsPoundsWhenTheHeaderSaysSo() {
        var rows = weighIns(rows(open("Date,Weight (lb)\n2024-01-02,181.7\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(rows.get(0).unit()).isEqualTo(MassUnit.LB);
        assertThat(rows.get(0).weight()).isEqualByComparingTo("181.7");
    }
}
