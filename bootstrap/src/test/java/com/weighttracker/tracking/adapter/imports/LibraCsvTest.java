package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rowsOf;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.unreadable;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;

class LibraCsvTest {

    @Test
    void readsAKilogramExportWithItsInstantsBodyFatMuscleAndLogButNotTheTrends() {
        var file = open("libra-kg.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("libra");
        assertThat(rows).extracting(ImportedWeighIn::line, ImportedWeighIn::recordedAt)
                .containsExactly(tuple(5L, Instant.parse("2024-01-02T06:30:00Z")),
                        tuple(6L, Instant.parse("2024-01-03T06:45:12Z")), tuple(7L, Instant.parse("2024-01-04T07:02:00Z")),
                        tuple(8L, Instant.parse("2024-01-05T06:58:30Z")));
        var first = rows.get(0);
        assertThat(first.weight()).isEqualByComparingTo("82.4");
        assertThat(first.unit()).isEqualTo(MassUnit.KG);
        assertThat(first.bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(first.muscleMass()).isEqualTo(Mass.of(new BigDecimal("35.2"), MassUnit.KG));
        assertThat(first.notes()).isEqualTo("after a long run");
        assertThat(rows.get(1).bodyFatPercentage()).isNull();
        assertThat(rows.get(1).notes()).isNull();
        assertThat(rows.get(3).notes()).isEqualTo("holiday, hotel scale");
    }

    @Test
    void readsAPoundExportOfFormatVersionFiveInPounds() {
        var rows = weighIns(rowsOf("libra-lb.csv"));

        assertThat(rows).extracting(ImportedWeighIn::unit).containsOnly(MassUnit.LB);
        assertThat(rows).extracting(row -> row.weight().toPlainString()).containsExactly("181.7", "181.2", "180.9");
        assertThat(rows.get(1).bodyFatPercentage()).isEqualByComparingTo("21.0");
        assertThat(rows.get(2).notes()).isEqualTo("new scale");
    }

    @Test
    void refusesTheWholeFileWhenItsUnitIsNoneWeKnow() {
        var file = open("#Version: 6\n#Units: oz\n\n#date;weight;weight trend\n2024-01-02T06:30:00.000Z;82.4;82.4\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> rows(file)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fields().get(0).message())
                        .startsWith("Line 2: the #Units line must say kg, lb or st"));
    }

    @Test
    void reportsEachUnreadableRowWithTheLineItIsOnAndReadsTheRest() {
        var rows = rowsOf("libra-malformed.csv");

        assertThat(unreadable(rows)).extracting(UnreadableRow::line, UnreadableRow::reason).containsExactly(
                tuple(6L, "date 'yesterday' is not a date and time we can read"),
                tuple(7L, "weight 'heavy' is not a number"),
                tuple(12L, "weight is missing"));
        // values the domain refuses are read as they are; the import use case refuses them
        assertThat(rows.stream().filter(ImportedWeighIn.class::isInstance).map(ImportedWeighIn.class::cast))
                .extracting(ImportedWeighIn::line).containsExactly(5L, 8L, 10L, 11L);
    }
}
