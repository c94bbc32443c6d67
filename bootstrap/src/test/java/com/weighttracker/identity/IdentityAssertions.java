package com.weighttracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestMailServer;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/** Envelope assertions, mail waiting and token decoding shared by the identity API tests. */
final class IdentityAssertions {

    static final String VERIFY_SUBJECT = "Verify your e-mail address";
    static final String RESET_SUBJECT = "Reset your password";

    private IdentityAssertions() {
    }

    /** A success envelope with that status; returns its data. */
    static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        assertThat(response.body().has("error")).as(response.toString()).isFalse();
        assertMeta(response);
        return response.data();
    }

    /** An error envelope with that status and code; returns the error. */
    static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().isObject()).as("an envelope: " + response).isTrue();
        assertThat(response.body().path("success").isBoolean()).as(response.toString()).isTrue();
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.body().has("data")).as(response.toString()).isFalse();
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(response.error().path("message").asString()).as(response.toString()).isNotBlank();
        assertThat(response.error().path("details").isArray()).as(response.toString()).isTrue();
        assertMeta(response);
        return response.error();
    }

    /** A 400 VALIDATION_ERROR naming exactly that field; returns the detail message. */
    static String assertInvalidField(Api.Response response, String field) {
        var error = assertError(response, 400, "VALIDATION_ERROR");
        assertThat(fields(error)).as(response.toString()).containsExactly(field);
        var message = error.path("details").get(0).path("message").asString();
        assertThat(message).as(response.toString()).isNotBlank();
        return message;
    }

    static List<String> fields(JsonNode error) {
        var fields = new ArrayList<String>();
        error.path("details").forEach(detail -> fields.add(detail.path("field").asString()));
        return fields;
    }

    private static void assertMeta(Api.Response response) {
        var meta = response.body().path("meta");
        assertThat(meta.path("requestId").asString()).as(response.toString()).isNotBlank()
                .isEqualTo(response.header("X-Request-Id"));
        assertThat(meta.path("timestamp").asString()).as(response.toString()).isNotBlank();
    }

    /** The field names of a JSON object. */
    static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /** The claims of a JWT, decoded without checking the signature. */
    static JsonNode claims(String jwt) {
        var parts = jwt.split("\\.");
        assertThat(parts).as("a JWT").hasSize(3);
        return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /**
     * Waits for a mail whose token is not one of {@code known}. Callers let at least a second pass
     * between the older mail's arrival and the request for the newer one ({@link #nextSecond()}),
     * since the Date header the newest mail is picked by has whole seconds only.
     */
    static MimeMessage newMail(String address, String subject, String... known) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            var mail = TestMailServer.latestMail(address, subject);
            if (!List.of(known).contains(TestMailServer.tokenIn(mail))) {
                return mail;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no new mail '" + subject + "' arrived for " + address);
            }
            pause(50);
        }
    }

    /** Lets the Date header of the next mail differ from the ones sent so far. */
    static void nextSecond() {
        pause(1_100);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
