package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.IntegrationTest;

/** Health, readiness, metrics and the OpenAPI document, as operators and client developers see them. */
class OperationsEndpointsTest extends IntegrationTest {

    private static final String REDOCLY = "@redocly/cli@2.77.0";
    /** {@code weighttracker.metrics.token} of the test profile. */
    private static final String METRICS_TOKEN = "test-metrics-token";

    @Test
    void reportsLivenessAndReadiness() {
        var health = api.get("/health", null);
        var ready = api.get("/ready", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsWithLatencyPerRoute() {
        api.get("/v1/users/me", register().accessToken());

        var metrics = api.get("/metrics", METRICS_TOKEN);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body())
                .contains("http_server_requests_seconds_bucket")
                .contains("uri=\"/v1/users/me\"")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
        // other tests share the application context: other series of this route may exist
        assertThat(metrics.raw().body().lines().filter(line -> line.startsWith("http_server_requests_seconds_count")))
                .anySatisfy(line -> assertThat(line).contains("uri=\"/v1/users/me\"", "application=\"weight-tracker\"",
                        "exception=\"none\"", "method=\"GET\"", "outcome=\"SUCCESS\"", "status=\"200\""));
    }

    @Test
    void timesRefusedRequestsByRouteTemplateAndStatus() {
        var user = register();
        api.get("/v1/weight-entries/not-a-uuid", user.accessToken());
        api.get("/v1/weight-entries", null);

        var lines = api.get("/metrics", METRICS_TOKEN).raw().body().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count")).toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("uri=\"/v1/weight-entries/{entryId}\"",
                "status=\"400\"", "outcome=\"CLIENT_ERROR\""));
        assertThat(lines).as("a refused token never reaches a handler; its raw path is not a tag")
                .anySatisfy(line -> assertThat(line).contains("status=\"401\"", "method=\"GET\""))
                .noneSatisfy(line -> assertThat(line).contains("not-a-uuid"));
    }

    @Test
    void servesSwaggerUi() {
        var page = api.get("/swagger-ui/index.html", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("swagger-ui");
    }

    @Test
    void documentsEveryEndpointWithItsErrors() {
        var document = api.get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        var paths = document.body().path("paths");
        assertThat(paths.has("/v1/auth/register")).isTrue();
        assertThat(paths.has("/v1/users/{userId}")).isTrue();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var responses = operation.getValue().path("responses");
            assertThat(responses.has("400")).as(path.getKey() + " documents 400").isTrue();
            assertThat(responses.has("429")).as(path.getKey() + " documents 429").isTrue();
        }));
        assertThat(document.raw().body()).doesNotContain("\"name\":\"me\"").doesNotContain("\"name\":\"user\"");
        var listParameters = new ArrayList<String>();
        paths.path("/v1/weight-entries").path("get").path("parameters")
                .forEach(parameter -> listParameters.add(parameter.path("in").asString() + ":" + parameter.path("name").asString()));
        assertThat(listParameters).as("the list reads its query as one map but documents each parameter")
                .containsExactlyInAnyOrder("query:from", "query:to", "query:order", "query:sortBy", "query:unit",
                        "query:page", "query:limit");
    }

    @Test
    void publishesAnOpenApiDocumentThatLintsClean() throws Exception {
        assumeTrue(commandExists("npx"), "Node.js (npx) is not installed; the OpenAPI lint is skipped");
        var file = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(file, api.get("/v3/api-docs", null).raw().body(), StandardCharsets.UTF_8);

        var lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", file.toString())
                .redirectErrorStream(true).start();
        var finished = lint.waitFor(5, TimeUnit.MINUTES);
        var output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("redocly finished").isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("Your API description is valid")
                .doesNotContainPattern("You have \\d+ warnings?");
    }

    private static boolean commandExists(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }
}
