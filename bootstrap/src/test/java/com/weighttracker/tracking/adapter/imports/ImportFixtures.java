package com.weighttracker.tracking.adapter.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;

/** The sample files under {@code src/test/resources/imports} and ways to read them as an upload would be. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static byte[] bytes(String fixture) {
        try (var in = ImportFixtures.class.getResourceAsStream("/imports/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String fixture) {
        return new String(bytes(fixture), StandardCharsets.UTF_8);
    }

    static WeightFile open(byte[] content) {
        return new WeightFiles().open(new ByteArrayInputStream(content));
    }

    static WeightFile open(String fixture) {
        return open(bytes(fixture));
    }

    static List<ImportedRow> rows(WeightFile file) {
        try (var rows = file.rows()) {
            return rows.toList();
        }
    }

    static List<ImportedRow> rowsOf(String fixture) {
        return rows(open(fixture));
    }

    static List<ImportedWeighIn> weighIns(List<ImportedRow> rows) {
        assertThat(rows).as("every row readable").allMatch(ImportedWeighIn.class::isInstance);
        return rows.stream().map(ImportedWeighIn.class::cast).toList();
    }

    static List<UnreadableRow> unreadable(List<ImportedRow> rows) {
        return rows.stream().filter(UnreadableRow.class::isInstance).map(UnreadableRow.class::cast).toList();
    }
}
