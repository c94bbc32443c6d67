package com.weighttracker.tracking.adapter.imports;

import static com.weighttracker.tracking.adapter.imports.ImportFixtures.bytes;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.open;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.rows;
import static com.weighttracker.tracking.adapter.imports.ImportFixtures.unreadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Rejection;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;

class AppleHealthXmlTest {

    @Test
    void readsBodyMassInKilogramsAndPoundsAndJoinsTheBodyFatFractionOfTheSameInstant() {
        var file = open("apple-health-export.xml");
        var rows = rows(file);

        assertThat(file.format()).isEqualTo("apple-health");
        var weighIns = rows.stream().filter(ImportedWeighIn.class::isInstance).map(ImportedWeighIn.class::cast)
                .toList();
        assertThat(weighIns).extracting(ImportedWeighIn::line, ImportedWeighIn::recordedAt, ImportedWeighIn::unit)
                .containsExactly(tuple(39L, Instant.parse("2024-01-02T06:30:00Z"), MassUnit.KG),
                        tuple(42L, Instant.parse("2024-01-03T06:45:00Z"), MassUnit.LB),
                        tuple(43L, Instant.parse("2024-01-04T06:00:00Z"), MassUnit.KG));
        assertThat(weighIns.get(0).weight()).as("as Apple wrote it; the import rounds")
                .isEqualByComparingTo("82.39999999999999");
        assertThat(weighIns.get(0).bodyFatPercentage()).isEqualByComparingTo("20.8");
        assertThat(weighIns.get(1).weight()).isEqualByComparingTo("181.2");
        assertThat(weighIns.get(1).bodyFatPercentage()).isEqualByComparingTo("21");
        assertThat(weighIns.get(2).bodyFatPercentage()).as("no fat sample at that instant").isNull();
        assertThat(unreadable(rows)).extracting(UnreadableRow::line).containsExactly(44L);
        assertThat(unreadable(rows).get(0).reason()).contains("startDate '5 January 2024'");
    }

    @Test
    void readsTheExportXmlInsideTheZipTheHealthAppMakes() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("apple_health_export/", new byte[0]);
        entries.put("apple_health_export/export_cda.xml", "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8));
        entries.put("apple_health_export/export.xml", bytes("apple-health-export.xml"));

        var file = open(zip(entries));

        assertThat(file.format()).isEqualTo("apple-health");
        assertThat(rows(file)).hasSize(4);
    }

    @Test
    void refusesAZipWithoutAnExportXml() {
        var zip = zip(Map.of("photos/holiday.jpg", new byte[] { 1, 2, 3 }));

        assertThatThrownBy(() -> open(zip)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("fields", java.util.List.of(new Rejection.FieldError("file",
                        "The zip file holds no apple_health_export/export.xml: upload the export.zip from the Health "
                                + "app as it is, or its export.xml.")));
    }

    @Test
    void refusesXmlThatIsNotAnAppleHealthExport() {
        var svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rows(open(svg))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).startsWith("We do not recognise this file's format."));
    }

    @Test
    void refusesXmlThatIsNotWellFormedNamingTheLine() {
        var broken = "<?xml version=\"1.0\"?>\n<HealthData>\n <Record type=\"HKQuantityTypeIdentifierBodyMass\"\n"
                + "</HealthData>";

        assertThatThrownBy(() -> rows(open(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).startsWith("The XML is not well-formed (line 4)"));
    }

    @Test
    void neverResolvesExternalEntities() {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE HealthData [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <HealthData>
                 <Record type="HKQuantityTypeIdentifierBodyMass" unit="kg" value="82.4" startDate="2024-01-02 07:30:00 +0100">&secret;</Record>
                </HealthData>
                """;

        assertThatThrownBy(() -> rows(open(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(message(e)).doesNotContain("root:"));
    }

    private static String message(Throwable rejection) {
        return ((InvalidInput) rejection).fields().get(0).message();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
