package com.weighttracker.security;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/**
 * Security regression set: dates and instants outside what a weight tracker can mean (year
 * -999999999, epoch numbers, 1e308) get a 400 naming the field, never a 500 or a silent 1970.
 */
class AbsurdDatesApiTest extends IntegrationTest {

    @Test
    void refusesAWeighInFromTheStartOfTime() {
        var user = register();

        var response = api.post("/v1/weight-entries",
                body("weight", 80, "recordedAt", "-999999999-01-01T00:00:00Z"), user.accessToken());

        assertRefused(response, "recordedAt");
    }

    @Test
    void refusesAWeighInBefore1900() {
        var user = register();

        var response = api.post("/v1/weight-entries", body("weight", 80, "recordedAt", "1899-12-31T23:59:59Z"),
                user.accessToken());

        assertRefused(response, "recordedAt");
    }

    @Test
    void refusesAnInstantGivenAsAHugeNumberInsteadOfReadingItAs1970() {
        var user = register();

        var huge = api.post("/v1/weight-entries", "{\"weight\": 80, \"recordedAt\": 1e308}", user.accessToken());
        var epoch = api.post("/v1/weight-entries", "{\"weight\": 80, \"recordedAt\": 1700000000}", user.accessToken());

        assertRefused(huge, "recordedAt");
        assertRefused(epoch, "recordedAt");
        assertThat(api.get("/v1/weight-entries", user.accessToken()).data()).isEmpty();
    }

    @Test
    void refusesAnAbsurdCorrectedInstant() {
        var user = register();
        var entry = api.post("/v1/weight-entries", body("weight", 80), user.accessToken()).data().path("id").asString();

        var response = api.patch("/v1/weight-entries/" + entry, body("recordedAt", "+999999999-12-31T23:59:59Z"),
                user.accessToken());

        assertRefused(response, "recordedAt");
    }

    @Test
    void refusesAGoalDateGivenAsANumberOrBeyondTenYears() {
        var user = register();
        var today = LocalDate.now(ZoneOffset.UTC);

        var number = api.send(api.request("/v1/goal", user.accessToken()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"targetWeight\": 75, \"targetDate\": 2147483648}")));
        var farAway = put(user.accessToken(), "{\"targetWeight\": 75, \"targetDate\": \"" + today.plusYears(11) + "\"}");
        var withinTen = put(user.accessToken(), "{\"targetWeight\": 75, \"targetDate\": \"" + today.plusYears(9) + "\"}");

        assertRefused(number, "targetDate");
        assertRefused(farAway, "targetDate");
        assertThat(withinTen.status()).as(withinTen.toString()).isEqualTo(200);
    }

    @Test
    void refusesABirthDateBefore1900() {
        var user = register();

        var old = api.patch("/v1/users/me", body("dateOfBirth", "1899-12-31"), user.accessToken());
        var ancient = api.patch("/v1/users/me", body("dateOfBirth", "-999999999-01-01"), user.accessToken());

        assertRefused(old, "dateOfBirth");
        assertRefused(ancient, "dateOfBirth");
    }

    @Test
    void refusesListBoundsAtTheEndsOfTime() {
        var user = register();

        var farFuture = api.get("/v1/weight-entries?from=%2B999999999-12-31", user.accessToken());
        var farPast = api.get("/v1/weight-entries?to=-999999999-01-01T00:00:00Z", user.accessToken());

        assertRefused(farFuture, "from");
        assertRefused(farPast, "to");
    }

    private Api.Response put(String token, String json) {
        return api.send(api.request("/v1/goal", token).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.error().path("details").get(0).path("field").asString()).as(response.toString())
                .isEqualTo(field);
    }
}
