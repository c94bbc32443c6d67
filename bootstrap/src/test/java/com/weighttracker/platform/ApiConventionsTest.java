package com.weighttracker.platform;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.IntegrationTest;

/** What every endpoint shares: the envelope, request ids, and a 4xx envelope for every client mistake. */
class ApiConventionsTest extends IntegrationTest {

    @Test
    void echoesTheCallersRequestIdInHeaderAndMeta() {
        var response = api.send(api.request("/v1/users/me", register().accessToken())
                .header("X-Request-Id", "client-abc-123").GET());

        assertThat(response.header("X-Request-Id")).isEqualTo("client-abc-123");
        assertThat(response.body().path("meta").path("requestId").asString()).isEqualTo("client-abc-123");
        assertThat(response.body().path("meta").path("timestamp").asString()).isNotBlank();
    }

    @Test
    void replacesARequestIdThatCouldInjectIntoLogs() {
        var response = api.send(api.request("/v1/nothing-here", null)
                .header("X-Request-Id", "evil id; with spaces").GET());

        assertThat(response.header("X-Request-Id")).startsWith("req_");
        assertThat(response.body().path("meta").path("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void answersMalformedJsonWith400() {
        var response = api.post("/v1/auth/login", "{\"email\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("success").asBoolean()).isFalse();
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void answersAWrongJsonTypeWith400NamingTheField() {
        var response = api.post("/v1/auth/login", "{\"email\": [1,2], \"password\": \"x\"}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().path("details").get(0).path("field").asString()).isEqualTo("email");
    }

    @Test
    void answersAnUnknownFieldWith400() {
        var response = api.post("/v1/auth/login", body("email", "a@example.org", "password", "x", "admin", true),
                null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().path("details").get(0).path("field").asString()).isEqualTo("admin");
    }

    @Test
    void answersAnUnknownEnumValueWith400ListingTheChoices() {
        var user = register();

        var response = api.patch("/v1/users/me", body("units", "stones"), user.accessToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().path("details").get(0).path("message").asString())
                .isEqualTo("units must be one of: metric, imperial");
    }

    @Test
    void answersAJsonBodyOverOneMegabyteWith413() {
        var huge = "{\"email\":\"" + "a".repeat(1024 * 1024) + "\",\"password\":\"x\"}";

        var response = api.post("/v1/auth/login", huge, null);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.error().path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void answersAChunkedJsonBodyOverOneMegabyteWith413() {
        var huge = ("{\"email\":\"" + "a".repeat(1024 * 1024) + "\",\"password\":\"x\"}").getBytes();
        var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge));

        var response = api.send(api.request("/v1/auth/login", null).header("Content-Type", "application/json")
                .POST(chunked));

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void answersAWrongContentTypeWith415() {
        var response = api.send(api.request("/v1/auth/login", null).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=a")));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.error().path("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void answersAnUnknownRouteWith404() {
        var anonymous = api.get("/no/such/thing", null);
        var signedIn = api.get("/v1/no-such-thing", register().accessToken());

        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.error().path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.error().path("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void answersAWrongMethodWith405() {
        var response = api.get("/v1/auth/login", null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.error().path("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void sendsSecurityHeadersAndNoSessionCookie() {
        var response = api.post("/v1/auth/login", body("email", "x@example.org", "password", "Wrong1234"), null);

        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.header("Set-Cookie")).isNull();
    }

    @Test
    void refusesSocialFeaturesUntilTheEmailIsVerified() {
        var unverified = register();
        var verified = registerVerified();

        var refused = api.post("/v1/test/social-action", "{}", unverified.accessToken());
        var allowed = api.post("/v1/test/social-action", "{}", verified.accessToken());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error().path("code").asString()).isEqualTo("EMAIL_NOT_VERIFIED");
        assertThat(allowed.status()).isEqualTo(200);
    }
}
