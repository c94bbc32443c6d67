package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/** A value of the wrong type is explained by what is expected, never by the Java type behind it. */
class ValidationMessagesApiTest extends IntegrationTest {

    @Test
    void asksForANumberWhereAWeightIsText() {
        var response = api.post("/v1/weight-entries", "{\"weight\": \"heavy\"}", register().accessToken());

        assertThat(messageOf(response)).isEqualTo("weight must be a number");
    }

    @Test
    void asksForAnIsoInstantWithAnExample() {
        var response = api.post("/v1/weight-entries", "{\"weight\": 80, \"recordedAt\": \"yesterday\"}",
                register().accessToken());

        assertThat(messageOf(response))
                .isEqualTo("recordedAt must be an ISO-8601 instant such as 2026-12-01T07:30:00Z");
    }

    @Test
    void asksForAnIsoDateWithAnExample() {
        var response = api.patch("/v1/users/me", "{\"dateOfBirth\": \"1.4.1990\"}", register().accessToken());

        assertThat(messageOf(response)).isEqualTo("dateOfBirth must be an ISO-8601 date such as 2026-12-01");
    }

    @Test
    void asksForAWholeNumberTextOrTrueOrFalse() {
        var user = registerVerified();

        var limit = api.post("/v1/teams", "{\"name\": \"Counters\", \"memberLimit\": \"many\"}", user.accessToken());
        var text = api.post("/v1/auth/login", "{\"email\": [1, 2], \"password\": \"x\"}", null);

        assertThat(messageOf(limit)).isEqualTo("memberLimit must be a whole number");
        assertThat(messageOf(text)).isEqualTo("email must be a string");
    }

    @Test
    void saysWhatIsExpectedInMergePatchesAndQueryParameters() {
        var user = register();
        var entry = api.post("/v1/weight-entries", "{\"weight\": 80}", user.accessToken()).data().path("id")
                .asString();

        var patch = api.patch("/v1/weight-entries/" + entry, "{\"weight\": \"light\"}", user.accessToken());
        var page = api.get("/v1/teams?page=first", user.accessToken());

        assertThat(messageOf(patch)).isEqualTo("weight must be a number");
        assertThat(messageOf(page)).isEqualTo("page must be a whole number");
    }

    private static String messageOf(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        var message = response.error().path("details").get(0).path("message").asString();
        assertThat(message).doesNotContainIgnoringCase("bigdecimal").doesNotContainIgnoringCase("a valid");
        return message;
    }
}
