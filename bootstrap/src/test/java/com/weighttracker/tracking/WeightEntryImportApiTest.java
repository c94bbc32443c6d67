package com.weighttracker.tracking;

import static com.weighttracker.tracking.FileApiAssertions.assertError;
import static com.weighttracker.tracking.FileApiAssertions.assertFileRefused;
import static com.weighttracker.tracking.FileApiAssertions.assertSuccess;
import static com.weighttracker.tracking.FileApiAssertions.entriesOf;
import static com.weighttracker.tracking.Uploads.fixture;
import static com.weighttracker.tracking.Uploads.upload;
import static com.weighttracker.tracking.Uploads.uploadRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

class WeightEntryImportApiTest extends IntegrationTest {

    @Test
    void importsALibraFileWhoseWeighInsThenShowInTheList() {
        var user = register();

        var report = assertSuccess(upload(api, user.accessToken(), "libra.csv", fixture("libra-kg.csv")), 200);

        assertThat(report.path("format").asString()).isEqualTo("libra");
        assertThat(report.path("imported").asInt()).isEqualTo(4);
        assertThat(report.path("skippedDuplicates").asInt()).isZero();
        assertThat(report.path("rejected").isArray()).isTrue();
        assertThat(report.path("rejected").isEmpty()).isTrue();
        var entries = entriesOf(api, user.accessToken());
        assertThat(entries).extracting(entry -> entry.path("recordedAt").asString(),
                entry -> entry.path("weight").decimalValue().toPlainString(), entry -> entry.path("unit").asString(),
                entry -> entry.path("source").asString())
                .containsExactly(tuple("2024-01-02T06:30:00Z", "82.4", "kg", "import:libra"),
                        tuple("2024-01-03T06:45:12Z", "82.1", "kg", "import:libra"),
                        tuple("2024-01-04T07:02:00Z", "81.9", "kg", "import:libra"),
                        tuple("2024-01-05T06:58:30Z", "82", "kg", "import:libra"));
        assertThat(entries.get(0).path("bodyFatPercentage").decimalValue()).isEqualByComparingTo("20.8");
        assertThat(entries.get(0).path("muscleMass").decimalValue()).isEqualByComparingTo("35.2");
        assertThat(entries.get(0).path("notes").asString()).isEqualTo("after a long run");
    }

    @Test
    void importingTheSameFileAgainAddsNothing() {
        var user = register();
        assertSuccess(upload(api, user.accessToken(), "libra.csv", fixture("libra-kg.csv")), 200);

        var again = assertSuccess(upload(api, user.accessToken(), "libra-again.csv", fixture("libra-kg.csv")), 200);

        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("skippedDuplicates").asInt()).isEqualTo(4);
        assertThat(entriesOf(api, user.accessToken())).hasSize(4);
    }

    @Test
    void importsAnAppleHealthExportInKilogramsAndPoundsWithBodyFatRoundedToTwoDecimals() {
        var user = register();

        var report = assertSuccess(upload(api, user.accessToken(), "export.xml", fixture("apple-health-export.xml")), 200);

        assertThat(report.path("format").asString()).isEqualTo("apple-health");
        assertThat(report.path("imported").asInt()).isEqualTo(3);
        assertThat(report.path("rejected")).hasSize(1);
        assertThat(report.path("rejected").get(0).path("line").asLong()).isEqualTo(44);
        assertThat(report.path("rejected").get(0).path("reason").asString()).contains("startDate");
        assertThat(report.path("rejectedCount").asInt()).isEqualTo(1);
        var entries = entriesOf(api, user.accessToken());
        assertThat(entries).extracting(entry -> entry.path("recordedAt").asString(),
                entry -> entry.path("weight").decimalValue().toPlainString(), entry -> entry.path("unit").asString())
                .containsExactly(tuple("2024-01-02T06:30:00Z", "82.4", "kg"), tuple("2024-01-03T06:45:00Z", "181.2", "lb"),
                        tuple("2024-01-04T06:00:00Z", "81.9", "kg"));
        assertThat(entries.get(0).path("bodyFatPercentage").decimalValue()).isEqualByComparingTo("20.8");
        assertThat(entries.get(1).path("bodyFatPercentage").decimalValue()).isEqualByComparingTo("21");
        assertThat(entries.get(2).hasNonNull("bodyFatPercentage")).isFalse();
        assertThat(entries.get(1).path("weightKg").decimalValue()).as("181.2 lb exactly")
                .isEqualByComparingTo("82.191");
    }

    @Test
    void importsAZippedAppleHealthExportSentAsTheRequestBody() throws IOException {
        var user = register();
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            zip.write(fixture("apple-health-export.xml"));
            zip.closeEntry();
        }

        var report = assertSuccess(uploadRaw(api, user.accessToken(), "application/zip", zipped.toByteArray()), 200);

        assertThat(report.path("imported").asInt()).isEqualTo(3);
        assertThat(entriesOf(api, user.accessToken())).extracting(entry -> entry.path("source").asString())
                .containsOnly("import:apple-health");
    }

    @Test
    void reportsEveryMalformedRowWithItsLineAndImportsTheRest() {
        var user = register();

        var report = assertSuccess(upload(api, user.accessToken(), "libra.csv", fixture("libra-malformed.csv")), 200);

        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("rejectedCount").asInt()).isEqualTo(5);
        assertThat(report.path("rejected")).extracting(rejection -> rejection.path("line").asLong(),
                rejection -> rejection.path("reason").asString()).containsExactly(
                        tuple(6L, "date 'yesterday' is not a date and time we can read"),
                        tuple(7L, "weight 'heavy' is not a number"),
                        tuple(8L, "weight must be positive"),
                        tuple(11L, "bodyFatPercentage must be between 0 and 100"),
                        tuple(12L, "weight is missing"));
        assertThat(entriesOf(api, user.accessToken())).extracting(entry -> entry.path("weight").decimalValue()
                .toPlainString()).as("80.123 is rounded to 80.12").containsExactly("80.5", "80.12");
    }

    @Test
    void placesTimesWithoutAZoneInTheUsersTimeZone() {
        var user = register();
        assertSuccess(api.patch("/v1/users/me", Api.body("timeZone", "Europe/Berlin"), user.accessToken()), 200);

        assertSuccess(upload(api, user.accessToken(), "openscale.csv", fixture("openscale-v2.csv")), 200);

        assertThat(entriesOf(api, user.accessToken())).extracting(entry -> entry.path("recordedAt").asString())
                .containsExactly("2024-01-02T06:30:00Z", "2024-01-03T06:45:00Z", "2024-01-04T05:50:00Z");
    }

    @Test
    void refusesWeighInsFromTheFutureButImportsTheOthers() {
        var user = register();
        var nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var csv = "Date,Weight\n2024-01-02T07:30:00Z,82.4\n" + nextWeek + ",81.0\n";

        var report = assertSuccess(upload(api, user.accessToken(), "wger.csv", csv), 200);

        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").get(0).path("line").asLong()).isEqualTo(3);
        assertThat(report.path("rejected").get(0).path("reason").asString())
                .isEqualTo("recordedAt may be at most 24 hours in the future");
    }

    @Test
    void rejectsRowsDatedBefore1900OrInYearMinus999999999AndImportsTheOthers() {
        var user = register();
        var csv = "Date,Weight\n-999999999-01-01,82.4\n1899-12-31,82.3\n1900-01-02,82.2\n2024-01-03,82.1\n";

        var report = assertSuccess(upload(api, user.accessToken(), "wger.csv", csv), 200);

        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("rejected")).extracting(rejection -> rejection.path("line").asLong(),
                rejection -> rejection.path("reason").asString()).containsExactly(
                        tuple(2L, "recordedAt must be in 1900 or later"),
                        tuple(3L, "recordedAt must be in 1900 or later"));
    }

    @Test
    void rejectsRowsWithAControlCharacterInACellAndImportsTheOthers() {
        var user = register();
        var csv = "Date,\"Weight (kg)\",Comments\n\"2024-01-02 07:30:00\",82.4,fine\n"
                + "\"2024-01-03 07:30:00\",82.1,\"nul\u0000here\"\n\"2024-01-04 07:30:00\",81.9,bell\u0007\n"
                + "\"2024-01-05 07:30:00\",81.7,\"two\tcolumns\r\nand lines\"\n";

        var report = assertSuccess(upload(api, user.accessToken(), "withings.csv", csv), 200);

        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("rejected")).extracting(rejection -> rejection.path("line").asLong(),
                rejection -> rejection.path("reason").asString()).containsExactly(
                        tuple(3L, "column 3 holds a control character (U+0000), which is not text we import"),
                        tuple(4L, "column 3 holds a control character (U+0007), which is not text we import"));
        assertThat(entriesOf(api, user.accessToken())).extracting(entry -> entry.path("notes").asString())
                .containsExactly("fine", "two\tcolumns\r\nand lines");
    }

    @Test
    void refusesAFileInAnUnknownFormatWithAClearMessage() {
        var user = register();

        var message = assertFileRefused(upload(api, user.accessToken(), "people.csv", "name,age\nAnna,35\n"));

        assertThat(message).startsWith("We do not recognise this file's format.");
        assertThat(entriesOf(api, user.accessToken())).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        var user = register();

        assertThat(assertFileRefused(upload(api, user.accessToken(), "empty.csv", new byte[0])))
                .isEqualTo("The file is empty.");
    }

    @Test
    void refusesAMultipartRequestWithoutAFilePart() {
        var user = register();

        var response = api.send(Uploads.multipart(api, user.accessToken(), "document", "libra.csv",
                fixture("libra-kg.csv")));

        assertThat(assertFileRefused(response)).contains("multipart field 'file'");
    }

    @Test
    void refusesABrokenMultipartBodyWith400() {
        var user = register();

        var response = api.send(api.request(Uploads.IMPORT, user.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=never-sent")
                .POST(HttpRequest.BodyPublishers.ofString("this is not multipart at all")));

        assertError(response, 400, "VALIDATION_ERROR");
    }

    @Test
    void refusesJsonAsUnsupportedMediaType() {
        var user = register();

        var response = api.post(Uploads.IMPORT, "{\"file\": \"Date,Weight\"}", user.accessToken());

        assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void refusesABrokenCsvFileWholeNamingTheLine() {
        var user = register();
        var csv = "Date,Weight\n2024-01-02,82.4\n\"2024-01-03,82.1\n2024-01-04,81.9\n";

        assertThat(assertFileRefused(upload(api, user.accessToken(), "wger.csv", csv)))
                .startsWith("Line 3: the file is not valid CSV");
        assertThat(entriesOf(api, user.accessToken())).as("all or nothing").isEmpty();
    }

    @Test
    void refusesAFileWithMoreThanAHundredThousandRowsAndImportsNoneOfThem() {
        var user = register();
        var csv = new StringBuilder("Date,Weight\n");
        var start = Instant.parse("2010-01-01T00:00:00Z");
        for (var i = 0; i <= 100_000; i++) {
            csv.append(start.plusSeconds(60L * i)).append(",80\n");
        }

        var message = assertFileRefused(upload(api, user.accessToken(), "wger.csv", csv.toString()));

        assertThat(message).contains("at most 100000 weigh-ins");
        assertThat(entriesOf(api, user.accessToken())).isEmpty();
    }

    @Test
    void refusesACsvBodyOverTenMegabytesWith413() {
        var user = register();
        var csv = new StringBuilder("Date,\"Weight (kg)\",Comments\n");
        var row = "\"2024-01-02 07:30:00\",82.4," + "long note ".repeat(90) + "\n";
        while (csv.length() <= 10 * 1024 * 1024) {
            csv.append(row);
        }

        var response = uploadRaw(api, user.accessToken(), "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(assertError(response, 413, "PAYLOAD_TOO_LARGE").path("message").asString())
                .isEqualTo("A CSV file may be at most 10 MB.");
        assertThat(entriesOf(api, user.accessToken())).isEmpty();
    }

    @Test
    void refusesAMultipartUploadOverTenMegabytesWith413() {
        var user = register();

        var response = upload(api, user.accessToken(), "big.csv", new byte[10 * 1024 * 1024 + 1]);

        assertError(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void needsAToken() {
        var response = api.send(Uploads.multipart(api, null, "file", "libra.csv", fixture("libra-kg.csv")));

        assertError(response, 401, "UNAUTHORIZED");
    }

    @Test
    void importsIntoTheCallersAccountOnly() {
        var anna = register();
        var bert = register();

        assertSuccess(upload(api, anna.accessToken(), "libra.csv", fixture("libra-kg.csv")), 200);

        assertThat(entriesOf(api, bert.accessToken())).isEmpty();
        var forBert = assertSuccess(upload(api, bert.accessToken(), "libra.csv", fixture("libra-kg.csv")), 200);
        assertThat(forBert.path("imported").asInt()).as("the same weigh-ins are new for Bert").isEqualTo(4);
    }
}
