package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rowsOf;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.weighttracker.shared.Rejection;
import com.weighttracker.shared.InvalidInput;

/** Recognising an upload's format from its content, and what every format shares. */
class WeightFilesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "weighttracker.csv, weighttracker", "libra-kg.csv, libra", "libra-lb.csv, libra",
            "openscale-v2.csv, openscale", "openscale-v3.csv, openscale", "wger.csv, wger",
            "withings-kg.csv, withings", "withings-lb.csv, withings", "garmin-kg.csv, garmin",
            "garmin-lbs.csv, garmin", "samsung-health-weight.csv, samsung-health",
            "apple-health-export.xml, apple-health" })
    void recognisesEachFormatByItsContent(String fixture, String format) {
        assertThat(open(fixture).format()).isEqualTo(format);
    }

    @Test
    void readsAFileWithAByteOrderMarkAndWindowsLineEndingsLikeAnyOther() {
        var unix = text("libra-kg.csv");
        var windows = "\uFEFF" + unix.replace("\n", "\r\n");

        var rows = rows(open(windows.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).isEqualTo(rowsOf("libra-kg.csv"));
    }

    @Test
    void readsUtf16WithItsByteOrderMark() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
        bytes.write(text("wger.csv").getBytes(StandardCharsets.UTF_16LE));

        assertThat(rows(open(bytes.toByteArray()))).isEqualTo(rowsOf("wger.csv"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> open(new byte[0])).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("The file is empty."));
        assertThatThrownBy(() -> open(" \r\n\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("The file is empty."));
    }

    @Test
    void refusesAFileInAFormatItDoesNotKnowNamingTheFormatsItDoes() {
        var csv = "name,age\nAnna,35\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> open(csv)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).contains("Libra", "openScale", "Apple Health"));
        assertThatThrownBy(() -> open(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x0A, (byte) 0xE2 }))
                .as("a PDF").isInstanceOf(InvalidInput.class);
    }

    @Test
    void stopsAtAQuoteThatIsNeverClosedNamingTheLineItStartsOn() {
        var csv = "Date,Weight\n2024-01-02,82.4\n\"2024-01-03,82.1\n2024-01-04,81.9\n";

        assertThatThrownBy(() -> rows(open(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).startsWith("Line 3: the file is not valid CSV"));
    }

    @Test
    void refusesACsvFileOverTenMegabytesWhileReadingIt() {
        var csv = new StringBuilder("Date,Weight\n");
        while (csv.length() <= WeightFiles.MAX_CSV_BYTES) {
            csv.append("2024-01-02,82.4\n");
        }
        var upload = new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));

        var file = new WeightFiles().open(upload);

        assertThatThrownBy(() -> rows(file)).isInstanceOf(UploadTooLargeException.class)
                .hasMessage("A CSV file may be at most 10 MB.");
    }

    private static String message(Throwable rejection) {
        var errors = ((InvalidInput) rejection).fields();
        assertThat(errors).extracting(Rejection.FieldError::field).isEqualTo(List.of("file"));
        return errors.get(0).message();
    }
}
