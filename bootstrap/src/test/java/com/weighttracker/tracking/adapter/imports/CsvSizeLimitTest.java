package com.weighttracker.tracking.adapter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.InvalidInput;

class CsvSizeLimitTest {

    @Test
    void letsAnyNumberOfShortLinesThrough() {
        var csv = "Date,Weight,Notes\r\n" + "2024-01-02,82.4,\"a \"\"quoted\"\", note\nover two lines\"\r\n".repeat(20_000);

        assertThat(read(csv, ',')).isEqualTo(csv.length());
    }

    @Test
    void refusesAQuotedCellSpanningManyShortLines() {
        assertRefused("Date,Weight,Notes\n2024-01-02,82.4,\"" + "a short line\n".repeat(2_000) + "\"\n", ',',
                "Line 2: a cell is longer than 16384 characters");
    }

    @Test
    void countsCellsByTheFilesDelimiter() {
        var cells = "12345678;".repeat(2_000);
        assertThat(read(cells + "\n", ';')).isEqualTo(cells.length() + 1);
        assertRefused(cells.replace(';', ',') + "\n", ';', "Line 1: a cell is longer than 16384 characters");
    }

    @Test
    void refusesALineOfManyShortCells() {
        assertRefused("Date,Weight\n2024-01-02,82.4\n" + "1,".repeat(40_000) + "\n", ',',
                "Line 3: a line is longer than 65536 characters");
    }

    private static void assertRefused(String csv, char delimiter, String message) {
        assertThatThrownBy(() -> read(csv, delimiter)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.fields().get(0).message()).startsWith(message));
    }

    private static long read(String csv, char delimiter) {
        try (var in = new CsvSizeLimit(new StringReader(csv), delimiter)) {
            var buffer = new char[4096];
            var total = 0L;
            for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
