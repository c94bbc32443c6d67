package com.weighttracker.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/**
 * Security regression set: the edges of the API outside the use cases (the error path, CORS,
 * metrics, the OpenAPI document, malformed credentials), as a production server answers them.
 */
class SecurityEdgesApiTest extends IntegrationTest {

    /** {@code weighttracker.metrics.token} of the test profile. */
    static final String METRICS_TOKEN = "test-metrics-token";

    @Test
    void answersADirectRequestForTheErrorPathWith404() {
        var response = api.get("/error", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.error().path("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void allowsNoCrossOriginCallerUnlessOriginsAreConfigured() {
        var localFrontend = preflightFrom("http://localhost:3000");

        assertThat(localFrontend.status()).isEqualTo(403);
        assertThat(localFrontend.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void keepsMetricsFromCallersWithoutTheMetricsToken() {
        var anonymous = api.get("/metrics", null);
        var signedIn = api.get("/metrics", register().accessToken());
        var wrong = api.get("/metrics", "not-the-metrics-token");

        for (var refused : new Api.Response[] { anonymous, signedIn, wrong }) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
            assertThat(refused.raw().body()).doesNotContain("jvm_memory_used_bytes");
        }
        assertThat(anonymous.header("X-RateLimit-Limit")).as("refusals count against the caller's limit")
                .isNotNull();
    }

    @Test
    void servesMetricsToTheMetricsToken() {
        var metrics = api.get("/metrics", METRICS_TOKEN);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void countsAGarbageBearerTokenAgainstTheCallersRateLimit() {
        var garbage = api.get("/v1/users/me", "garbage");
        var malformed = api.send(api.request("/v1/users/me", null).header("Authorization", "Bearer !!!").GET());

        for (var refused : new Api.Response[] { garbage, malformed }) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
            assertThat(refused.header("X-RateLimit-Limit")).as(refused.toString()).isNotNull();
            assertThat(refused.header("X-RateLimit-Remaining")).isNotNull();
        }
    }

    @Test
    void rateLimitsTheOpenApiDocumentButNotTheProbes() {
        assertThat(api.get("/v3/api-docs", null).header("X-RateLimit-Limit")).isNotNull();
        assertThat(api.get("/health", null).header("X-RateLimit-Limit")).isNull();
        assertThat(api.get("/ready", null).header("X-RateLimit-Limit")).isNull();
    }

    private Api.Response preflightFrom(String origin) {
        return api.send(api.request("/v1/auth/login", null).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }
}
