package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.weighttracker.WeightTrackerApplication;
import com.weighttracker.support.Api;

/**
 * Ctrl-C (SIGTERM) on a server with its embedded PostgreSQL: the application closes first (requests
 * in flight, the connection pool, the event registry), the database after it. Runs the real server
 * in a second JVM, as a developer does.
 */
class GracefulShutdownTest {

    @TempDir
    Path temporary;

    @Test
    void finishesTheRequestsInFlightBeforeItStopsTheEmbeddedDatabase() throws Exception {
        var dataDirectory = temporary.resolve("postgres");
        int port;
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        var java = ProcessHandle.current().info().command().orElse("java");
        var server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WeightTrackerApplication.class.getName(), "--server.port=" + port,
                "--weighttracker.embedded-postgres.data-directory=" + dataDirectory,
                "--weighttracker.storage.local-directory=" + temporary.resolve("blobs"))
                .redirectErrorStream(true).start();
        var output = new CopyOnWriteArrayList<String>();
        var reader = new Thread(() -> {
            try {
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).lines()
                        .forEach(output::add);
            } catch (UncheckedIOException closed) {
                // the server was killed after a failed assertion
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            awaitLine(output, "Started WeightTrackerApplication", server);
            var postmaster = ProcessHandle.of(Long.parseLong(
                    Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip())).orElseThrow();
            var api = new Api(port);
            var registered = api.post("/v1/auth/register", Api.body("email", "shutdown@example.org", "username",
                    "shutdown", "password", "Secret123"), null);
            var inFlight = HttpClient.newHttpClient().sendAsync(api.request(SlowDatabaseWorkProbeController.PATH,
                    registered.data().path("accessToken").asString()).GET().build(), BodyHandlers.ofString());
            awaitLine(output, SlowDatabaseWorkProbeController.STARTED, server); // the request is in its pg_sleep(3)

            server.destroy(); // SIGTERM, as Ctrl-C or a container stop

            assertThat(inFlight.get(30, TimeUnit.SECONDS).statusCode()).as("the request in flight was finished")
                    .isEqualTo(200);
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stopped").isTrue();
            assertThat(postmaster.onExit().get(15, TimeUnit.SECONDS).isAlive()).as("its PostgreSQL stopped too")
                    .isFalse();
        } finally {
            server.destroyForcibly();
        }
    }

    private static void awaitLine(List<String> output, String text, Process server) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (output.stream().noneMatch(line -> line.contains(text))) {
            assertThat(server.isAlive()).as(String.join("\n", output)).isTrue();
            assertThat(System.nanoTime()).as("started within 3 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
