package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/**
 * A database that stops answering (PostgreSQL frozen with SIGSTOP, as a stalled disk or a paused
 * VM would) costs a fast 503, readiness answers at once, and nothing acknowledged is lost. The
 * shared test database is frozen for a few seconds only and always resumed.
 */
class DatabaseFreezeTest extends IntegrationTest {

    private static final String ENTRIES = "/v1/weight-entries";

    @Autowired
    private DataSource dataSource;

    @Test
    void aFrozenDatabaseAnswers503FastAndLosesNothingAcknowledged() throws Exception {
        var user = register();
        var acknowledged = new ArrayList<String>();
        for (var weight : List.of("82.4", "82.1", "81.9")) {
            var created = api.post(ENTRIES, "{\"weight\": " + weight + "}", user.accessToken());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            acknowledged.add(created.data().path("id").asString());
        }
        Thread.sleep(600); // past Hikari's window in which a just-used connection is not checked

        var database = postgresProcesses();
        signal("STOP", database);
        try {
            var ready = timed(() -> api.get("/ready", null));
            assertThat(ready.response().status()).isEqualTo(503);
            assertThat(ready.took()).as("readiness answers whatever the database does").isLessThan(Duration.ofSeconds(2));

            var write = timed(() -> api.post(ENTRIES, "{\"weight\": 80.0}", user.accessToken()));
            assertThat(write.response().status()).as(write.response().toString()).isEqualTo(503);
            assertThat(write.response().error().path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(write.response().header("Retry-After")).isNotBlank();
            assertThat(write.took()).as("within the pool's and the socket's timeouts").isLessThan(Duration.ofSeconds(8));

            var read = timed(() -> api.get(ENTRIES, user.accessToken()));
            assertThat(read.response().status()).as(read.response().toString()).isEqualTo(503);
            assertThat(read.took()).isLessThan(Duration.ofSeconds(8));
        } finally {
            signal("CONT", database);
        }

        var list = eventually(() -> api.get(ENTRIES + "?limit=100", user.accessToken()));
        var listed = new ArrayList<String>();
        list.data().forEach(entry -> listed.add(entry.path("id").asString()));
        assertThat(listed).as("every acknowledged weigh-in survived").containsAll(acknowledged);
        assertThat(eventually(() -> api.get("/ready", null)).status()).isEqualTo(200);
    }

    private record Timed(Api.Response response, Duration took) {
    }

    private static Timed timed(Supplier<Api.Response> request) {
        var started = Instant.now();
        var response = request.get();
        return new Timed(response, Duration.between(started, Instant.now()));
    }

    private static Api.Response eventually(Supplier<Api.Response> request) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(15);
        var response = request.get();
        while (response.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = request.get();
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** The postmaster (parent of any backend) first, so it starts no new backend, then every child. */
    private List<ProcessHandle> postgresProcesses() throws Exception {
        long backend;
        try (var connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            result.next();
            backend = result.getLong(1);
        }
        var postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow();
        assertThat(postmaster.info().command().orElse("")).endsWith("postgres");
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(process -> command.add(Long.toString(process.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
