package com.weighttracker.identity;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.weighttracker.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

class RegistrationApiTest extends IntegrationTest {

    @Test
    void registersAndSignsInANewUser() {
        var response = api.post("/v1/auth/register",
                body("email", "New.Person@Example.org", "username", "New_Person1", "password", "Secret123",
                        "timeZone", "Europe/Berlin"), null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("success").asBoolean()).isTrue();
        var user = response.data().path("user");
        assertThat(user.path("email").asString()).isEqualTo("new.person@example.org");
        assertThat(user.path("username").asString()).isEqualTo("New_Person1");
        assertThat(user.path("emailVerified").asBoolean()).isFalse();
        assertThat(user.path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(user.path("units").asString()).isEqualTo("metric");
        assertThat(user.has("password")).isFalse();
        assertThat(response.data().path("accessToken").asString()).isNotBlank();
        assertThat(response.data().path("refreshToken").asString()).isNotBlank();
        assertThat(response.data().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(response.body().path("meta").path("requestId").asString())
                .isEqualTo(response.header("X-Request-Id"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
            "email    | not-an-email       | email must be a valid e-mail address",
            "email    | two@@example.org   | email must be a valid e-mail address",
            "email    | a b@example.org    | email must be a valid e-mail address",
            "username | ab                 | username must be 3-20 characters: letters, digits or underscore",
            "username | abcdefghijklmnopqrstu | username must be 3-20 characters: letters, digits or underscore",
            "username | has-hyphen         | username must be 3-20 characters: letters, digits or underscore",
            "password | Short1             | password must be at least 8 characters",
            "password | alllowercase1      | password must contain an upper-case letter, a lower-case letter and a digit",
            "password | ALLUPPERCASE1      | password must contain an upper-case letter, a lower-case letter and a digit",
            "password | NoDigitsHere       | password must contain an upper-case letter, a lower-case letter and a digit",
            "timeZone | +02:00             | timeZone must be an IANA time zone such as Europe/Berlin" })
    void refusesEachBrokenRuleWithItsField(String field, String value, String message) {
        var request = body("email", "valid_" + System.nanoTime() + "@example.org", "username",
                "valid_" + System.nanoTime() % 1_000_000, "password", "Secret123");
        request.put(field, value);

        var response = api.post("/v1/auth/register", request, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(details(response.error())).containsExactly(field + ": " + message);
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        var response = api.post("/v1/auth/register", "{}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(details(response.error())).containsExactly("email: email is required",
                "username: username is required", "password: password is required");
    }

    @Test
    void refusesATakenEmailWhateverItsCase() {
        var existing = register();

        var response = api.post("/v1/auth/register", body("email", existing.email().toUpperCase(), "username",
                "other_" + System.nanoTime() % 1_000_000, "password", "Secret123"), null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error().path("code").asString()).isEqualTo("CONFLICT");
        assertThat(response.error().path("details").get(0).path("field").asString()).isEqualTo("email");
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        var existing = register();

        var response = api.post("/v1/auth/register", body("email", "other" + System.nanoTime() + "@example.org",
                "username", existing.username().toUpperCase(), "password", "Secret123"), null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error().path("details").get(0).path("field").asString()).isEqualTo("username");
    }

    @Test
    void refusesATakenEmailEvenWhenTwoRegistrationsRace() throws Exception {
        var email = "race" + System.nanoTime() + "@example.org";
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        var threads = new ArrayList<Thread>();
        for (var i = 0; i < 4; i++) {
            var username = "racer_" + i + "_" + System.nanoTime() % 100_000;
            var thread = new Thread(() -> statuses.add(api.post("/v1/auth/register",
                    body("email", email, "username", username, "password", "Secret123"), null).status()));
            thread.start();
            threads.add(thread);
        }
        for (var thread : threads) {
            thread.join();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
    }

    static List<String> details(JsonNode error) {
        var details = new ArrayList<String>();
        error.path("details").forEach(detail -> details.add(
                detail.path("field").asString() + ": " + detail.path("message").asString()));
        return details;
    }
}
