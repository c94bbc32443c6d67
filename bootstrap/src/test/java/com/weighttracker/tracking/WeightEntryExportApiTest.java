package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static com.weighttracker.tracking.FileApiAssertions.assertError;
import static com.weighttracker.tracking.FileApiAssertions.assertSuccess;
import static com.weighttracker.tracking.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

class WeightEntryExportApiTest extends IntegrationTest {

    private static final String CSV_EXPORT = "/v1/weight-entries/export.csv";
    private static final String NOTES = "after the run, \"tired\"\nand hungry";

    @Test
    void exportsEveryWeighInWithEveryFieldAsCsvOldestFirst() {
        var user = register();
        assertSuccess(api.patch("/v1/users/me", body("timeZone", "America/New_York"), user.accessToken()), 200);
        var ids = threeWeighIns(user);

        var response = api.get(CSV_EXPORT, user.accessToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"weight-entries-"
                + LocalDate.now(ZoneId.of("America/New_York")) + ".csv\"");
        var rows = csv(response.raw().body());
        assertThat(rows).extracting(row -> row.get("id")).containsExactlyElementsOf(ids);

        var kilograms = rows.get(0);
        assertThat(kilograms.get("recorded_at")).isEqualTo("2024-01-02T03:30:00Z");
        assertThat(kilograms.get("local_date")).as("in New York it was still the 1st").isEqualTo("2024-01-01");
        assertThat(kilograms.get("weight")).isEqualTo("82.4");
        assertThat(kilograms.get("unit")).isEqualTo("kg");
        assertThat(kilograms.get("pounds")).isEmpty();
        assertThat(kilograms.get("weight_kg")).isEqualTo("82.4");
        assertThat(kilograms.get("entered_unit")).isEqualTo("kg");
        assertThat(kilograms.get("notes")).as("comma, quotes and line break survive").isEqualTo(NOTES);
        assertThat(kilograms.get("body_fat_percentage")).isEqualTo("20.8");
        assertThat(kilograms.get("muscle_mass")).isEqualTo("35.2");
        assertThat(kilograms.get("muscle_mass_kg")).isEqualTo("35.2");
        assertThat(kilograms.get("water_percentage")).isEqualTo("55.3");
        assertThat(kilograms.get("source")).isEqualTo("manual");
        assertThat(Instant.parse(kilograms.get("created_at"))).isNotNull();

        var pounds = rows.get(1);
        assertThat(pounds.get("weight")).isEqualTo("82.42");
        assertThat(pounds.get("weight_kg")).as("181.7 lb, exactly").isEqualTo("82.417733629");
        assertThat(pounds.get("entered_unit")).isEqualTo("lb");
        assertThat(pounds.get("notes")).as("a formula is guarded").isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(pounds.get("body_fat_percentage")).isEmpty();

        var stones = rows.get(2);
        assertThat(stones.get("weight")).isEqualTo("78.7");
        assertThat(stones.get("weight_kg")).as("12 st 5.5 lb, exactly").isEqualTo("78.698276195");
        assertThat(stones.get("entered_unit")).isEqualTo("st");
        assertThat(stones.get("muscle_mass")).isEqualTo("35.2");
        assertThat(stones.get("muscle_mass_kg")).as("77.6 lb, exactly").isEqualTo("35.198767912");
    }

    @Test
    void showsWeightsInThePreferredUnitOrInTheOneAskedFor() {
        var user = register();
        assertSuccess(api.patch("/v1/users/me", body("units", "imperial"), user.accessToken()), 200);
        threeWeighIns(user);

        var preferred = csv(api.get(CSV_EXPORT, user.accessToken()).raw().body()).get(0);
        var stones = csv(api.get(CSV_EXPORT + "?unit=st", user.accessToken()).raw().body()).get(0);

        assertThat(preferred.get("unit")).isEqualTo("lb");
        assertThat(preferred.get("weight")).isEqualTo("181.66");
        assertThat(preferred.get("muscle_mass")).isEqualTo("77.6");
        assertThat(stones.get("unit")).isEqualTo("st");
        assertThat(stones.get("weight")).isEqualTo("12");
        assertThat(stones.get("pounds")).isEqualTo("13.66");
        assertThat(stones.get("weight_kg")).isEqualTo("82.4");
    }

    @Test
    void anExportImportsBackAsDuplicatesIntoItsAccountAndAsTheSameWeighInsIntoAnother() {
        var anna = register();
        threeWeighIns(anna);
        var exported = api.get(CSV_EXPORT, anna.accessToken()).raw().body();

        var intoAnna = assertSuccess(upload(api, anna.accessToken(), "export.csv", exported), 200);
        var bert = register();
        var intoBert = assertSuccess(upload(api, bert.accessToken(), "export.csv", exported), 200);

        assertThat(intoAnna.path("format").asString()).isEqualTo("weighttracker");
        assertThat(intoAnna.path("imported").asInt()).isZero();
        assertThat(intoAnna.path("skippedDuplicates").asInt()).isEqualTo(3);
        assertThat(intoBert.path("imported").asInt()).isEqualTo(3);
        var annas = csv(exported);
        var berts = csv(api.get(CSV_EXPORT, bert.accessToken()).raw().body());
        for (var column : List.of("recorded_at", "local_date", "weight", "unit", "pounds", "weight_kg", "entered_unit",
                "notes", "body_fat_percentage", "muscle_mass", "muscle_mass_kg", "water_percentage")) {
            assertThat(berts).extracting(row -> row.get(column)).as(column)
                    .containsExactlyElementsOf(annas.stream().map(row -> row.get(column)).toList());
        }
        assertThat(berts).extracting(row -> row.get("source")).containsOnly("import:weighttracker");
    }

    @Test
    void streamsAHistoryLongerThanOneChunkComplete() {
        var user = register();
        var csv = new StringBuilder("Date,Weight\n");
        var start = Instant.parse("2020-01-01T07:00:00Z");
        for (var i = 0; i < 1_200; i++) {
            csv.append(start.plusSeconds(3_600L * i)).append(',').append(new BigDecimal("80.00").add(
                    BigDecimal.valueOf(i % 50, 2))).append('\n');
        }
        // two weigh-ins at one instant: the export orders them by id, and neither is lost between chunks
        csv.append(start.plusSeconds(3_600L * 499)).append(",90\n");
        assertThat(assertSuccess(upload(api, user.accessToken(), "wger.csv", csv.toString()), 200)
                .path("imported").asInt()).isEqualTo(1_201);

        var rows = csv(api.get(CSV_EXPORT, user.accessToken()).raw().body());

        assertThat(rows).hasSize(1_201);
        assertThat(rows).extracting(row -> Instant.parse(row.get("recorded_at"))).isSorted();
        assertThat(new HashSet<>(rows.stream().map(row -> row.get("id")).toList())).hasSize(1_201);
    }

    @Test
    void anotherUsersExportHoldsNoneOfMyWeighIns() {
        var anna = register();
        var annasIds = threeWeighIns(anna);
        var bert = register();
        assertSuccess(api.post("/v1/weight-entries", body("weight", 90, "recordedAt", "2024-01-02T03:30:00Z"),
                bert.accessToken()), 201);

        var rows = csv(api.get(CSV_EXPORT, bert.accessToken()).raw().body());

        assertThat(rows).hasSize(1);
        assertThat(rows).extracting(row -> row.get("id")).doesNotContainAnyElementsOf(annasIds);
        assertThat(rows.get(0).get("weight")).isEqualTo("90");
    }

    @Test
    void anEmptyHistoryExportsTheHeaderOnly() {
        var user = register();

        var response = api.get(CSV_EXPORT, user.accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().body()).isEqualTo("id,recorded_at,local_date,weight,unit,pounds,weight_kg,"
                + "entered_unit,notes,body_fat_percentage,muscle_mass,muscle_mass_kg,water_percentage,source,"
                + "created_at\r\n");
    }

    @Test
    void exportsTheSameDataAsJsonInTheEnvelope() {
        var user = register();
        var ids = threeWeighIns(user);

        var response = api.get("/v1/weight-entries/export.json", user.accessToken());
        var byParameter = api.get("/v1/weight-entries/export?format=json", user.accessToken());

        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Content-Disposition")).endsWith(".json\"");
        var data = assertSuccess(response, 200);
        assertThat(data).extracting(entry -> entry.path("id").asString()).containsExactlyElementsOf(ids);
        var pounds = data.get(1);
        assertThat(pounds.path("recordedAt").asString()).isEqualTo("2024-01-03T07:00:00Z");
        assertThat(pounds.path("localDate").asString()).isEqualTo("2024-01-03");
        assertThat(pounds.path("weight").decimalValue()).isEqualByComparingTo("82.42");
        assertThat(pounds.path("unit").asString()).isEqualTo("kg");
        assertThat(pounds.path("weightKg").decimalValue()).isEqualByComparingTo("82.417733629");
        assertThat(pounds.path("enteredUnit").asString()).isEqualTo("lb");
        assertThat(pounds.path("notes").asString()).as("JSON needs no formula guard")
                .isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(data.get(0).path("notes").asString()).isEqualTo(NOTES);
        assertThat(assertSuccess(byParameter, 200)).isEqualTo(data);
    }

    @Test
    void refusesAnUnknownFormatOrUnitNamingTheParameter() {
        var user = register();

        var format = assertError(api.get("/v1/weight-entries/export?format=xlsx", user.accessToken()), 400,
                "VALIDATION_ERROR");
        var unit = assertError(api.get(CSV_EXPORT + "?unit=stone", user.accessToken()), 400, "VALIDATION_ERROR");

        assertThat(format.path("details").get(0).path("field").asString()).isEqualTo("format");
        assertThat(unit.path("details").get(0).path("field").asString()).isEqualTo("unit");
    }

    @Test
    void answersABadParameterWithTheErrorEnvelopeAlsoToAClientThatAsksForCsv() {
        var user = register();

        var response = api.send(api.request(CSV_EXPORT + "?unit=stone", user.accessToken())
                .header("Accept", "text/csv").GET());

        assertError(response, 400, "VALIDATION_ERROR");
    }

    @Test
    void needsAToken() {
        assertError(api.get(CSV_EXPORT, null), 401, "UNAUTHORIZED");
        assertError(api.get("/v1/weight-entries/export.json", null), 401, "UNAUTHORIZED");
    }

    /** Three weigh-ins in kg (with everything), lb (a formula as notes) and st; returns their ids, oldest first. */
    private List<String> threeWeighIns(TestUser user) {
        var kilograms = assertSuccess(api.post("/v1/weight-entries", body("weight", new BigDecimal("82.4"),
                "recordedAt", "2024-01-02T03:30:00Z", "notes", NOTES, "bodyFatPercentage", new BigDecimal("20.8"),
                "muscleMass", new BigDecimal("35.2"), "waterPercentage", new BigDecimal("55.3")), user.accessToken()),
                201);
        var pounds = assertSuccess(api.post("/v1/weight-entries", body("weight", new BigDecimal("181.7"), "unit", "lb",
                "recordedAt", "2024-01-03T07:00:00Z", "notes", "=HYPERLINK(\"http://evil\")"), user.accessToken()), 201);
        var stones = assertSuccess(api.post("/v1/weight-entries", body("weight", 12, "unit", "st", "pounds",
                new BigDecimal("5.5"), "recordedAt", "2024-01-04T07:00:00Z", "muscleMass", new BigDecimal("77.6")),
                user.accessToken()), 201);
        return List.of(kilograms.path("id").asString(), pounds.path("id").asString(), stones.path("id").asString());
    }

    private static List<CSVRecord> csv(String text) {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
