package com.weighttracker.tracking;

import static com.weighttracker.tracking.FileApiAssertions.assertError;
import static com.weighttracker.tracking.FileApiAssertions.assertFileRefused;
import static com.weighttracker.tracking.FileApiAssertions.entriesOf;
import static com.weighttracker.tracking.Uploads.upload;
import static com.weighttracker.tracking.Uploads.uploadRaw;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/**
 * Uploads built to exhaust memory or time (ADR 12, limits): each is refused with a 4xx and the
 * envelope after reading a bounded amount, and two at once leave the heap within a few hundred MB.
 */
class ImportBombsApiTest extends IntegrationTest {

    private static final long MB = 1024L * 1024L;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void refusesAZipWhoseExportXmlInflatesAThousandfold() {
        var user = register();
        var bomb = Bombs.zipOfTinyElements("apple_health_export/export.xml", 300);

        var response = uploadRaw(api, user.accessToken(), "application/zip", bomb);

        assertThat(assertError(response, 413, "PAYLOAD_TOO_LARGE").path("message").asString())
                .contains("inflates to more than 100 times");
        assertThat(entriesOf(api, user.accessToken())).isEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void refusesAZipWithAnInflatingEntryBeforeTheExport() {
        var user = register();
        var bomb = Bombs.zipWithGiantAttribute("apple_health_export/export_cda.xml", 300);

        var response = uploadRaw(api, user.accessToken(), "application/zip", bomb);

        assertError(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void refusesAZippedExportXmlWithAGiantAttribute() {
        var user = register();
        var bomb = Bombs.zipWithGiantAttribute("apple_health_export/export.xml", 300);

        var response = uploadRaw(api, user.accessToken(), "application/zip", bomb);

        assertThat(assertFileRefused(response)).startsWith("Line 3 of the XML: a tag, text, comment or declaration "
                + "is longer than 1 MB");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void refusesAnExportXmlWithAGiantAttribute() {
        var user = register();

        var response = uploadRaw(api, user.accessToken(), "application/xml", Bombs.xmlWithGiantAttribute(20));

        assertThat(assertFileRefused(response)).isEqualTo("Line 3 of the XML: a tag, text, comment or declaration "
                + "is longer than 1 MB, which no Apple Health export holds, so nothing was imported.");
    }

    @Test
    void refusesAnExportXmlWithAGiantDoctype() {
        var user = register();
        var xml = Bombs.text("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n",
                ' ', 0, "<!ELEMENT a ANY>\n".repeat(70_000) + "]>\n<HealthData></HealthData>\n");

        var response = uploadRaw(api, user.accessToken(), "application/xml", xml);

        assertThat(assertFileRefused(response)).startsWith("Line 2 of the XML: a tag, text, comment or declaration "
                + "is longer than 1 MB");
    }

    @Test
    void refusesACsvCellLongerThanSixteenThousandCharacters() {
        var user = register();
        var csv = Bombs.text("Date,Weight\n2024-01-02,82.4\n2024-01-03,\"", '8', 5 * 1024 * 1024, "\"\n");

        var response = upload(api, user.accessToken(), "wger.csv", csv);

        assertThat(assertFileRefused(response)).isEqualTo("Line 3: a cell is longer than 16384 characters, which no "
                + "export writes, so nothing was imported.");
        assertThat(entriesOf(api, user.accessToken())).isEmpty();
    }

    @Test
    void refusesACsvLineLongerThanSixtyFourThousandCharacters() {
        var user = register();
        var csv = Bombs.text("Date,Weight\n2024-01-02,82.4\n2024-01-03,82.1", ',', 5 * 1024 * 1024, "\n");

        var response = upload(api, user.accessToken(), "wger.csv", csv);

        assertThat(assertFileRefused(response)).isEqualTo("Line 3: a line is longer than 65536 characters, which no "
                + "export writes, so nothing was imported.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void rejectsANumberWithAHugeExponentWithoutComputingIt() {
        var user = register();
        var csv = "Date,Weight\n2024-01-02,1e999999999\n2024-01-03,82.1\n";

        var report = FileApiAssertions.assertSuccess(upload(api, user.accessToken(), "wger.csv", csv), 200);

        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").get(0).path("reason").asString())
                .isEqualTo("Weight '1e999999999' is not a number");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoBombsAtOnceKeepTheHeapWithinAFewHundredMegabytes() throws Exception {
        var zipBomb = Bombs.zipWithGiantAttribute("apple_health_export/export.xml", 300);
        var xmlBomb = Bombs.xmlWithGiantAttribute(120);
        var anna = register();
        var bert = register();
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        var baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var running = new AtomicBoolean(true);
        var sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Api.Response zipped;
        Api.Response plain;
        try {
            var first = CompletableFuture.supplyAsync(() -> uploadRaw(api, anna.accessToken(), "application/zip", zipBomb));
            var second = CompletableFuture.supplyAsync(() -> uploadRaw(api, bert.accessToken(), "application/xml", xmlBomb));
            zipped = first.get(50, TimeUnit.SECONDS);
            plain = second.get(50, TimeUnit.SECONDS);
        } finally {
            running.set(false);
            sampler.join();
        }

        assertFileRefused(zipped);
        assertFileRefused(plain);
        assertThat((peak.get() - baseline) / MB).as("MB of heap the two bombs took at most").isLessThan(300);
    }
}
