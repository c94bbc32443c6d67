package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.weighIns;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ExportedWeightEntry;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.WeightEntryExport;

class WeightTrackerCsvTest {

    @Test
    void readsOurExportBackWithTheExactMassInTheUnitItWasEnteredIn() {
        var file = open("weighttracker.csv");
        var rows = weighIns(rows(file));

        assertThat(file.format()).isEqualTo("weighttracker");
        assertThat(rows).extracting(ImportedWeighIn::line).as("the second note spans lines 3 and 4")
                .containsExactly(2L, 3L, 5L);
        assertThat(rows.get(0).unit()).isEqualTo(MassUnit.KG);
        assertThat(rows.get(0).weight()).isEqualByComparingTo("82.4");
        assertThat(rows.get(0).notes()).isEqualTo("after run, tired");
        assertThat(rows.get(0).muscleMass()).isEqualTo(Mass.of(new BigDecimal("35.2"), MassUnit.KG));
        assertThat(rows.get(1).unit()).isEqualTo(MassUnit.LB);
        assertThat(rows.get(1).weight()).isEqualByComparingTo("181.7");
        assertThat(rows.get(1).notes()).isEqualTo("said \"hi\"\non two lines");
        assertThat(rows.get(1).muscleMass()).isEqualTo(Mass.of(new BigDecimal("77.6"), MassUnit.LB));
        assertThat(rows.get(2).unit()).isEqualTo(MassUnit.ST);
        assertThat(Mass.ofStonesAndPounds(rows.get(2).weight(), BigDecimal.ZERO))
                .isEqualTo(Mass.ofStonesAndPounds(BigDecimal.valueOf(12), new BigDecimal("5.5")));
        assertThat(rows.get(2).notes()).as("the formula guard is taken off again").isEqualTo("=1+2");
        assertThat(rows.get(2).recordedAt()).isEqualTo(Instant.parse("2024-01-04T06:30:00.123456Z"));
    }

    @Test
    void quotesNotesAndGuardsEveryCellASpreadsheetWouldRunAsAFormula() throws IOException {
        var notes = List.of("plain", "a, comma", "a \"quote\"", "two\r\nlines", "=HYPERLINK(\"http://x\")", "+1",
                "-2", "@SUM(A1)", "\tTab", "'quoted", "'=already guarded");

        var csv = write(notes);

        var cells = new ArrayList<String>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            parser.forEach(record -> cells.add(record.get("notes")));
        }
        assertThat(cells).containsExactly("plain", "a, comma", "a \"quote\"", "two\r\nlines",
                "'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tTab", "''quoted", "''=already guarded");
        assertThat(weighIns(rows(open(csv.getBytes(StandardCharsets.UTF_8))))).extracting(ImportedWeighIn::notes)
                .as("reading takes the guards off").containsExactlyElementsOf(notes);
    }

    private static String write(List<String> notes) throws IOException {
        var entries = new ArrayList<ExportedWeightEntry>();
        var at = Instant.parse("2024-01-02T06:30:00Z");
        for (var note : notes) {
            entries.add(new ExportedWeightEntry(UUID.randomUUID(), at, LocalDate.of(2024, 1, 2), new BigDecimal("82.4"),
                    MassUnit.KG, null, new BigDecimal("82.4"), MassUnit.KG, note, null, null, null, null, "manual", at));
            at = at.plusSeconds(60);
        }
        var out = new ByteArrayOutputStream();
        CsvExportWriter.write(new WeightEntryExport(LocalDate.of(2024, 1, 3), ZoneOffset.UTC, MassUnit.KG, entries), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
