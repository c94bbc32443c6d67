package com.weighttracker.tracking;

import static com.weighttracker.tracking.TrackingAssertions.assertError;
import static com.weighttracker.tracking.TrackingAssertions.assertInvalidFields;
import static com.weighttracker.tracking.TrackingAssertions.assertSuccess;
import static com.weighttracker.tracking.TrackingAssertions.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeightEntryId;

import tools.jackson.databind.JsonNode;

class WeightEntryApiTest extends IntegrationTest {

    private static final String ENTRIES = "/v1/weight-entries";

    @Autowired
    private WeightEntryRepository repository;

    private JsonNode log(TestUser user, String json) {
        return assertSuccess(api.post(ENTRIES, json, user.accessToken()), 201);
    }

    private JsonNode logAt(TestUser user, String weight, String recordedAt) {
        return log(user, "{\"weight\": %s, \"recordedAt\": \"%s\"}".formatted(weight, recordedAt));
    }

    private JsonNode get(TestUser user, String id) {
        return assertSuccess(api.get(ENTRIES + "/" + id, user.accessToken()), 200);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        assertThat(node.path(field).isNumber()).as(field + " in " + node).isTrue();
        return node.path(field).decimalValue();
    }

    @Nested
    class Logging {

        @Test
        void aWeighInInKilogramsReadsBackExactlyAsEntered() {
            var user = register();

            var created = log(user, "{\"weight\": 82.45}");

            for (var entry : List.of(created, get(user, created.path("id").asString()))) {
                assertThat(decimal(entry, "weight")).isEqualByComparingTo("82.45");
                assertThat(entry.path("unit").asString()).isEqualTo("kg");
                assertThat(entry.hasNonNull("pounds")).isFalse();
                assertThat(decimal(entry, "weightKg")).isEqualByComparingTo("82.45");
                assertThat(entry.path("source").asString()).isEqualTo("manual");
                assertThat(entry.path("createdAt").asString()).isNotBlank();
            }
        }

        @Test
        void aWeighInInPoundsReadsBackExactlyAsEntered() {
            var user = register();

            var created = log(user, "{\"weight\": 180.45, \"unit\": \"lb\"}");

            var read = get(user, created.path("id").asString());
            assertThat(read.path("weight").toString()).isEqualTo("180.45");
            assertThat(read.path("unit").asString()).isEqualTo("lb");
            assertThat(decimal(read, "weightKg")).as("180.45 × 0.45359237 = 81.8507…").isEqualByComparingTo("81.851");
            assertThat(created.path("weight").toString()).isEqualTo("180.45");
            var stored = repository.findOwned(new WeightEntryId(UUID.fromString(created.path("id").asString())),
                    UserId.of(user.id())).orElseThrow();
            assertThat(stored.weighIn().mass()).isEqualTo(Mass.of(new BigDecimal("180.45"), MassUnit.LB));
        }

        @Test
        void aWeighInInStonesAndPoundsReadsBackAsWholeStonesAndPounds() {
            var user = register();

            var created = log(user, "{\"weight\": 12, \"unit\": \"st\", \"pounds\": 5.5}");

            var read = get(user, created.path("id").asString());
            for (var entry : List.of(created, read)) {
                assertThat(entry.path("weight").toString()).isEqualTo("12");
                assertThat(entry.path("pounds").toString()).isEqualTo("5.5");
                assertThat(entry.path("unit").asString()).isEqualTo("st");
                assertThat(decimal(entry, "weightKg")).as("173.5 lb").isEqualByComparingTo("78.698");
            }
        }

        @Test
        void whenTakenDefaultsToNow() {
            var user = register();
            var before = clock.instant();

            var created = log(user, "{\"weight\": 80}");

            var recordedAt = Instant.parse(created.path("recordedAt").asString());
            assertThat(recordedAt).isBetween(before, clock.instant());
            assertThat(get(user, created.path("id").asString()).path("recordedAt").asString())
                    .isEqualTo(created.path("recordedAt").asString());
        }

        @Test
        void mayBeBackdatedAndReadsBackAtTheSameInstant() {
            var user = register();

            var created = logAt(user, "80", "2020-02-29T06:15:30.123456Z");

            assertThat(Instant.parse(get(user, created.path("id").asString()).path("recordedAt").asString()))
                    .isEqualTo(Instant.parse("2020-02-29T06:15:30.123456Z"));
        }

        @Test
        void aTimeWithNanosecondsIsKeptToTheMicrosecondAsStored() {
            var user = register();

            var created = logAt(user, "80", "2026-01-05T06:15:30.123456789Z");

            assertThat(Instant.parse(created.path("recordedAt").asString()))
                    .isEqualTo(Instant.parse("2026-01-05T06:15:30.123456Z"));
            assertThat(get(user, created.path("id").asString()).path("recordedAt").asString())
                    .isEqualTo(created.path("recordedAt").asString());
        }

        @Test
        void mayBeAFewHoursAheadButNotMoreThanADay() {
            var user = register();

            logAt(user, "80", clock.instant().plus(Duration.ofHours(23)).toString());

            var tooFar = api.post(ENTRIES, "{\"weight\": 80, \"recordedAt\": \"%s\"}".formatted(
                    clock.instant().plus(Duration.ofHours(25))), user.accessToken());
            assertThat(assertInvalidFields(tooFar, "recordedAt")).contains("24 hours");
        }

        @Test
        void severalWeighInsADayAreFine() {
            var user = register();
            var morning = "2026-01-05T06:00:00Z";

            logAt(user, "80.2", morning);
            logAt(user, "80.2", "2026-01-05T13:00:00Z");
            logAt(user, "79.9", "2026-01-05T21:00:00Z");
            logAt(user, "80.1", morning);

            var list = api.get(ENTRIES + "?from=2026-01-05&to=2026-01-05", user.accessToken());
            assertThat(assertSuccess(list, 200)).hasSize(4);
        }

        @Test
        void theSameWeightAtTheSameInstantIsAConflict() {
            var user = register();
            logAt(user, "80.2", "2026-01-05T06:00:00Z");

            var again = api.post(ENTRIES, "{\"weight\": 80.20, \"recordedAt\": \"2026-01-05T06:00:00Z\"}",
                    user.accessToken());

            var error = assertError(again, 409, "CONFLICT");
            assertThat(TrackingAssertions.fields(error)).containsExactly("recordedAt");
            assertThat(assertSuccess(api.get(ENTRIES, user.accessToken()), 200)).hasSize(1);
        }

        @Test
        void anotherUserMayLogTheSameWeightAtTheSameInstant() {
            var anna = register();
            var bert = register();

            logAt(anna, "80.2", "2026-01-05T06:00:00Z");
            logAt(bert, "80.2", "2026-01-05T06:00:00Z");
        }

        @Test
        void notesAndBodyCompositionReadBack() {
            var user = register();

            var created = log(user, """
                    {"weight": 176.37, "unit": "lb", "notes": "  after the run 🏃 ", "bodyFatPercentage": 22.5,
                     "muscleMass": 78.25, "waterPercentage": 55}""");

            var read = get(user, created.path("id").asString());
            for (var entry : List.of(created, read)) {
                assertThat(entry.path("notes").asString()).isEqualTo("after the run 🏃");
                assertThat(entry.path("bodyFatPercentage").toString()).isEqualTo("22.5");
                assertThat(entry.path("muscleMass").toString()).as("in the entry's unit").isEqualTo("78.25");
                assertThat(entry.path("waterPercentage").toString()).isEqualTo("55");
            }
        }
    }

    @Nested
    class Refusing {

        @ParameterizedTest
        @ValueSource(strings = { "0", "-1", "1000.01", "80.123", "null" })
        void anImpossibleWeight(String weight) {
            var user = register();

            assertInvalidFields(api.post(ENTRIES, "{\"weight\": " + weight + "}", user.accessToken()), "weight");
        }

        @Test
        void aMissingWeight() {
            var user = register();

            assertThat(assertInvalidFields(api.post(ENTRIES, "{\"notes\": \"forgot\"}", user.accessToken()), "weight"))
                    .isEqualTo("weight is required");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{\"weight\": 80, \"pounds\": 5}                   | pounds",
                "{\"weight\": 180, \"unit\": \"lb\", \"pounds\": 5} | pounds",
                "{\"weight\": 12, \"unit\": \"st\", \"pounds\": 14}  | pounds",
                "{\"weight\": 12.5, \"unit\": \"st\"}              | weight",
                "{\"weight\": 80, \"bodyFatPercentage\": 101}       | bodyFatPercentage",
                "{\"weight\": 80, \"waterPercentage\": -1}          | waterPercentage",
                "{\"weight\": 80, \"muscleMass\": 0}                | muscleMass",
                "{\"weight\": 80, \"unit\": \"stone\"}              | unit",
                "{\"weight\": 80, \"recordedAt\": \"yesterday\"}    | recordedAt",
                "{\"weight\": 80, \"colour\": \"red\"}              | colour" })
        void aBrokenRuleNamesItsField(String json, String field) {
            var user = register();

            assertInvalidFields(api.post(ENTRIES, json, user.accessToken()), field);
        }

        @Test
        void notesOver1000Characters() {
            var user = register();

            var response = api.post(ENTRIES, "{\"weight\": 80, \"notes\": \"%s\"}".formatted("x".repeat(1001)),
                    user.accessToken());

            assertThat(assertInvalidFields(response, "notes")).isEqualTo("notes must be at most 1000 characters");
        }

        @Test
        void everyBrokenRuleAtOnce() {
            var user = register();

            var response = api.post(ENTRIES, "{\"weight\": 0, \"notes\": \"%s\", \"bodyFatPercentage\": 101}"
                    .formatted("x".repeat(1001)), user.accessToken());

            assertInvalidFields(response, "weight", "notes", "bodyFatPercentage");
            assertThat(assertSuccess(api.get(ENTRIES, user.accessToken()), 200)).as("nothing written").isEmpty();
        }

        @Test
        void anonymousCallers() {
            var user = register();
            var id = log(user, "{\"weight\": 80}").path("id").asString();

            assertError(api.get(ENTRIES, null), 401, "UNAUTHORIZED");
            assertError(api.post(ENTRIES, "{\"weight\": 80}", null), 401, "UNAUTHORIZED");
            assertError(api.get(ENTRIES + "/" + id, null), 401, "UNAUTHORIZED");
            assertError(api.patch(ENTRIES + "/" + id, "{\"weight\": 81}", null), 401, "UNAUTHORIZED");
            assertError(api.delete(ENTRIES + "/" + id, null), 401, "UNAUTHORIZED");
        }

        @Test
        void aMalformedEntryId() {
            var user = register();

            assertInvalidFields(api.get(ENTRIES + "/not-a-uuid", user.accessToken()), "entryId");
            assertInvalidFields(api.patch(ENTRIES + "/not-a-uuid", "{\"weight\": 81}", user.accessToken()), "entryId");
            assertInvalidFields(api.delete(ENTRIES + "/not-a-uuid", user.accessToken()), "entryId");
        }
    }

    @Nested
    class Listing {

        @Test
        void newestFirstByDefaultOldestFirstOnRequest() {
            var user = register();
            var first = logAt(user, "82", "2026-01-01T07:00:00Z").path("id").asString();
            var third = logAt(user, "80", "2026-01-03T07:00:00Z").path("id").asString();
            var second = logAt(user, "81", "2026-01-02T07:00:00Z").path("id").asString();

            var newestFirst = api.get(ENTRIES, user.accessToken());
            var oldestFirst = api.get(ENTRIES + "?order=asc&sortBy=recordedAt", user.accessToken());

            assertThat(ids(assertSuccess(newestFirst, 200))).containsExactly(third, second, first);
            assertThat(ids(assertSuccess(api.get(ENTRIES + "?order=desc", user.accessToken()), 200)))
                    .containsExactly(third, second, first);
            assertThat(ids(assertSuccess(oldestFirst, 200))).containsExactly(first, second, third);
        }

        @Test
        void pagesCarryThePaginationBlock() {
            var user = register();
            var ids = new ArrayList<String>();
            for (var day = 1; day <= 5; day++) {
                ids.add(0, logAt(user, "80", "2026-01-0%dT07:00:00Z".formatted(day)).path("id").asString());
            }

            var first = api.get(ENTRIES + "?limit=2", user.accessToken());
            var last = api.get(ENTRIES + "?limit=2&page=3", user.accessToken());
            var beyond = api.get(ENTRIES + "?limit=2&page=4", user.accessToken());

            assertThat(ids(assertSuccess(first, 200))).containsExactly(ids.get(0), ids.get(1));
            assertPagination(first.body().path("pagination"), 1, 2, 3, 5, true, false);
            assertThat(ids(assertSuccess(last, 200))).containsExactly(ids.get(4));
            assertPagination(last.body().path("pagination"), 3, 2, 3, 5, false, true);
            assertThat(assertSuccess(beyond, 200)).isEmpty();
            assertPagination(beyond.body().path("pagination"), 4, 2, 3, 5, false, true);
        }

        @Test
        void anEmptyListHasAnEmptyFirstPage() {
            var user = register();

            var response = api.get(ENTRIES, user.accessToken());

            assertThat(assertSuccess(response, 200).isArray()).isTrue();
            assertThat(response.data()).isEmpty();
            assertPagination(response.body().path("pagination"), 1, 20, 0, 0, false, false);
        }

        private static void assertPagination(JsonNode pagination, int page, int limit, int totalPages,
                int totalItems, boolean hasNext, boolean hasPrev) {
            assertThat(pagination.path("page").asInt()).as("page").isEqualTo(page);
            assertThat(pagination.path("limit").asInt()).as("limit").isEqualTo(limit);
            assertThat(pagination.path("totalPages").asInt()).as("totalPages").isEqualTo(totalPages);
            assertThat(pagination.path("totalItems").asInt()).as("totalItems").isEqualTo(totalItems);
            assertThat(pagination.path("hasNext").asBoolean()).as("hasNext").isEqualTo(hasNext);
            assertThat(pagination.path("hasPrev").asBoolean()).as("hasPrev").isEqualTo(hasPrev);
        }

        @Test
        void datesAreTheUsersLocalDaysAndToIncludesItsWholeDay() {
            var user = register();
            assertSuccess(api.patch("/v1/users/me", "{\"timeZone\": \"America/Los_Angeles\"}", user.accessToken()),
                    200);
            // 23:30 on 9 March in Los Angeles (UTC-7), already 10 March in UTC
            var lateOnThe9th = logAt(user, "80", "2026-03-10T06:30:00Z").path("id").asString();
            // 00:30 on 10 March in Los Angeles
            var earlyOnThe10th = logAt(user, "79.8", "2026-03-10T07:30:00Z").path("id").asString();
            var onThe8th = logAt(user, "80.5", "2026-03-09T06:00:00Z").path("id").asString();

            assertThat(ids(assertSuccess(api.get(ENTRIES + "?from=2026-03-09&to=2026-03-09", user.accessToken()),
                    200))).containsExactly(lateOnThe9th);
            assertThat(ids(assertSuccess(api.get(ENTRIES + "?from=2026-03-10&to=2026-03-10", user.accessToken()),
                    200))).containsExactly(earlyOnThe10th);
            assertThat(ids(assertSuccess(api.get(ENTRIES + "?to=2026-03-08", user.accessToken()), 200)))
                    .containsExactly(onThe8th);
            assertThat(ids(assertSuccess(api.get(ENTRIES + "?from=2026-03-09", user.accessToken()), 200)))
                    .containsExactly(earlyOnThe10th, lateOnThe9th);
        }

        @Test
        void instantsAreExactFromInclusiveToExclusive() {
            var user = register();
            var a = logAt(user, "80", "2026-03-10T06:30:00Z").path("id").asString();
            var b = logAt(user, "79.8", "2026-03-10T07:30:00Z").path("id").asString();

            assertThat(ids(assertSuccess(api.get(ENTRIES + "?from=2026-03-10T06:30:00Z&to=2026-03-10T07:30:00Z",
                    user.accessToken()), 200))).containsExactly(a);
            assertThat(ids(assertSuccess(api.get(ENTRIES + "?from=2026-03-10T06:30:00.000001Z", user.accessToken()),
                    200))).containsExactly(b);
        }

        @Test
        void convertsToTheUnitAsked() {
            var user = register();
            var id = log(user, "{\"weight\": 80}").path("id").asString();

            var inPounds = assertSuccess(api.get(ENTRIES + "/" + id + "?unit=lb", user.accessToken()), 200);
            var inStones = assertSuccess(api.get(ENTRIES + "/" + id + "?unit=st", user.accessToken()), 200);
            var listed = assertSuccess(api.get(ENTRIES + "?unit=LB", user.accessToken()), 200).get(0);

            for (var pounds : List.of(inPounds, listed)) {
                assertThat(pounds.path("weight").toString()).isEqualTo("176.37");
                assertThat(pounds.path("unit").asString()).isEqualTo("lb");
                assertThat(decimal(pounds, "weightKg")).isEqualByComparingTo("80");
            }
            assertThat(inStones.path("weight").toString()).isEqualTo("12");
            assertThat(inStones.path("pounds").toString()).isEqualTo("8.37");
            assertThat(inStones.path("unit").asString()).isEqualTo("st");
            assertThat(get(user, id).path("unit").asString()).as("as entered").isEqualTo("kg");
        }

        @ParameterizedTest
        @CsvSource({ "limit=0, limit", "limit=101, limit", "page=0, page", "page=abc, page", "order=up, order",
                "unit=stone, unit", "from=yesterday, from", "to=2026-13-01, to", "sortBy=weight, sortBy",
                "from=2026-03-10T08:00:00Z&to=2026-03-10T07:00:00Z, from", "from=2026-03-11&to=2026-03-10, from" })
        void refusesBadParameters(String query, String field) {
            var user = register();

            assertInvalidFields(api.get(ENTRIES + "?" + query, user.accessToken()), field);
        }

        @Test
        void reportsEveryBadParameterAtOnce() {
            var user = register();

            assertInvalidFields(api.get(ENTRIES + "?page=first&limit=many&order=up&unit=stone", user.accessToken()),
                    "order", "unit", "page", "limit");
        }

        @Test
        void acceptsTheLimitsOfLimit() {
            var user = register();

            assertThat(assertSuccess(api.get(ENTRIES + "?limit=1", user.accessToken()), 200).isArray()).isTrue();
            assertThat(assertSuccess(api.get(ENTRIES + "?limit=100", user.accessToken()), 200).isArray()).isTrue();
        }
    }

    @Nested
    class Correcting {

        @Test
        void sentFieldsChangeAbsentOnesStayAndNullClears() {
            var user = register();
            var id = log(user, "{\"weight\": 82.4, \"notes\": \"before breakfast\", \"bodyFatPercentage\": 25.5}")
                    .path("id").asString();

            var cleared = assertSuccess(api.patch(ENTRIES + "/" + id, "{\"notes\": null}", user.accessToken()), 200);

            assertThat(cleared.hasNonNull("notes")).isFalse();
            assertThat(decimal(cleared, "weight")).isEqualByComparingTo("82.4");
            assertThat(decimal(cleared, "bodyFatPercentage")).isEqualByComparingTo("25.5");

            var reweighed = assertSuccess(api.patch(ENTRIES + "/" + id, "{\"weight\": 81.9}", user.accessToken()),
                    200);

            assertThat(decimal(reweighed, "weight")).isEqualByComparingTo("81.9");
            assertThat(reweighed.path("unit").asString()).isEqualTo("kg");
            assertThat(decimal(reweighed, "bodyFatPercentage")).isEqualByComparingTo("25.5");
            assertThat(reweighed.path("recordedAt").asString()).isEqualTo(cleared.path("recordedAt").asString());
            var read = get(user, id);
            assertThat(decimal(read, "weight")).isEqualByComparingTo("81.9");
            assertThat(read.hasNonNull("notes")).isFalse();
        }

        @Test
        void aNewWeightMayComeInANewUnit() {
            var user = register();
            var id = log(user, "{\"weight\": 82.4}").path("id").asString();

            var inPounds = assertSuccess(api.patch(ENTRIES + "/" + id, "{\"weight\": 180.45, \"unit\": \"lb\"}",
                    user.accessToken()), 200);
            assertThat(inPounds.path("weight").toString()).isEqualTo("180.45");
            assertThat(inPounds.path("unit").asString()).isEqualTo("lb");

            var inStones = assertSuccess(api.patch(ENTRIES + "/" + id,
                    "{\"weight\": 12, \"unit\": \"st\", \"pounds\": 5.5}", user.accessToken()), 200);
            assertThat(inStones.path("weight").toString()).isEqualTo("12");
            assertThat(inStones.path("pounds").toString()).isEqualTo("5.5");
            assertThat(get(user, id).path("pounds").toString()).isEqualTo("5.5");
        }

        @Test
        void anUntouchedMuscleMassKeepsItsExactValueWhenTheUnitChanges() {
            var user = register();
            var id = log(user, "{\"weight\": 80, \"muscleMass\": 35.55}").path("id").asString();

            var inPounds = assertSuccess(api.patch(ENTRIES + "/" + id, "{\"weight\": 176.5, \"unit\": \"lb\"}",
                    user.accessToken()), 200);

            assertThat(inPounds.path("muscleMass").toString()).isEqualTo("78.37");
            var stored = repository.findOwned(new WeightEntryId(UUID.fromString(id)), UserId.of(user.id()))
                    .orElseThrow();
            assertThat(stored.weighIn().muscleMass()).isEqualTo(Mass.of(new BigDecimal("35.55"), MassUnit.KG));
        }

        @ParameterizedTest
        @ValueSource(strings = { "{\"unit\": \"lb\"}", "{\"pounds\": 3}", "{\"unit\": \"st\", \"pounds\": 3}" })
        void aUnitOrPoundsWithoutAWeightIsRefused(String json) {
            var user = register();
            var id = log(user, "{\"weight\": 82.4}").path("id").asString();

            assertInvalidFields(api.patch(ENTRIES + "/" + id, json, user.accessToken()), "weight");
            assertThat(decimal(get(user, id), "weight")).isEqualByComparingTo("82.4");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = { "{\"weight\": 0} | weight", "{\"weight\": null} | weight",
                "{\"recordedAt\": null} | recordedAt", "{\"notes\": 5, \"colour\": 1} | colour",
                "{\"bodyFatPercentage\": 100.5} | bodyFatPercentage" })
        void aBrokenRuleIsRefusedAndChangesNothing(String json, String field) {
            var user = register();
            var id = log(user, "{\"weight\": 82.4, \"notes\": \"keep\"}").path("id").asString();

            assertInvalidFields(api.patch(ENTRIES + "/" + id, json, user.accessToken()), field);
            var read = get(user, id);
            assertThat(decimal(read, "weight")).isEqualByComparingTo("82.4");
            assertThat(read.path("notes").asString()).isEqualTo("keep");
        }

        @Test
        void aCorrectionMayNotMoveTheWeighInMoreThanADayAhead() {
            var user = register();
            var id = log(user, "{\"weight\": 82.4}").path("id").asString();

            var response = api.patch(ENTRIES + "/" + id, "{\"recordedAt\": \"%s\"}".formatted(
                    clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS)), user.accessToken());

            assertInvalidFields(response, "recordedAt");
        }

        @Test
        void aCorrectionOntoAnIdenticalWeighInIsAConflict() {
            var user = register();
            logAt(user, "80", "2026-01-05T06:00:00Z");
            var id = logAt(user, "81", "2026-01-05T06:00:00Z").path("id").asString();

            assertError(api.patch(ENTRIES + "/" + id, "{\"weight\": 80}", user.accessToken()), 409, "CONFLICT");
        }

        @Test
        void acceptsJsonMergePatch() {
            var user = register();
            var id = log(user, "{\"weight\": 82.4}").path("id").asString();

            var response = api.send(api.request(ENTRIES + "/" + id, user.accessToken())
                    .header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"notes\": \"merged\"}")));

            assertThat(assertSuccess(response, 200).path("notes").asString()).isEqualTo("merged");
        }
    }

    @Nested
    class DeletingAndPrivacy {

        @Test
        void aDeletedEntryIsGone() {
            var user = register();
            var id = log(user, "{\"weight\": 82.4}").path("id").asString();

            var deleted = assertSuccess(api.delete(ENTRIES + "/" + id, user.accessToken()), 200);

            assertThat(deleted.path("id").asString()).isEqualTo(id);
            assertError(api.get(ENTRIES + "/" + id, user.accessToken()), 404, "NOT_FOUND");
            assertError(api.delete(ENTRIES + "/" + id, user.accessToken()), 404, "NOT_FOUND");
            assertThat(assertSuccess(api.get(ENTRIES, user.accessToken()), 200)).isEmpty();
        }

        @Test
        void anotherUserCanNeitherSeeNorChangeNorDeleteAnEntry() {
            var anna = register();
            var bert = register();
            var id = log(anna, "{\"weight\": 82.4, \"notes\": \"mine\"}").path("id").asString();

            var seen = assertError(api.get(ENTRIES + "/" + id, bert.accessToken()), 404, "NOT_FOUND");
            assertError(api.patch(ENTRIES + "/" + id, "{\"notes\": \"hacked\"}", bert.accessToken()), 404, "NOT_FOUND");
            assertError(api.delete(ENTRIES + "/" + id, bert.accessToken()), 404, "NOT_FOUND");
            var unknown = assertError(api.get(ENTRIES + "/" + UUID.randomUUID(), bert.accessToken()), 404,
                    "NOT_FOUND");

            assertThat(seen.path("message").asString()).as("indistinguishable from an unknown id")
                    .isEqualTo(unknown.path("message").asString());
            assertThat(assertSuccess(api.get(ENTRIES, bert.accessToken()), 200)).isEmpty();
            assertThat(assertSuccess(api.get(ENTRIES + "?from=2000-01-01", bert.accessToken()), 200)).isEmpty();
            var annas = get(anna, id);
            assertThat(annas.path("notes").asString()).isEqualTo("mine");
            assertThat(ids(assertSuccess(api.get(ENTRIES, anna.accessToken()), 200))).containsExactly(id);
        }
    }
}
