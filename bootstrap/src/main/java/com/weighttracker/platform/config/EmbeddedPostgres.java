package com.weighttracker.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL 16 server started when no database is configured: real server binaries from
 * Maven (zonky). One per data directory and JVM, so every Spring context of a test run shares it.
 * <p>
 * The superuser has a generated password, kept in the data directory ({@value #PASSWORD_FILE}),
 * and commits are synchronous and flushed (fsync): an acknowledged write survives a crash (ADR 2). Before starting,
 * {@link DataDirectoryOwnership} refuses a directory another running server holds and stops a
 * PostgreSQL orphaned by a killed one. The server stops after the Spring contexts have closed
 * (their connection pools and the event registry still need it), not in parallel with them.
 */
final class EmbeddedPostgres {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "weight-tracker-password";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Pattern TRUSTED = Pattern.compile("(?m)^(\\s*(?:local|host)\\S*\\s.*\\s)trust\\s*$");
    private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final AtomicBoolean zonkyClosed;
    private final String password;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String password) {
        this.server = server;
        this.password = password;
        this.zonkyClosed = disarmZonkyShutdownHook(server);
    }

    /**
     * The server for this data directory, started on first use and stopped when the JVM ends.
     *
     * @param dataDirectory where data survives restarts; blank for a throw-away directory
     */
    static synchronized EmbeddedPostgres shared(String dataDirectory) {
        var key = dataDirectory == null ? "" : dataDirectory.strip();
        var running = RUNNING.get(key);
        if (running == null) {
            running = key.isEmpty() ? startThrowAway() : start(Path.of(key).toAbsolutePath());
            if (RUNNING.isEmpty()) {
                // Spring runs its shutdown handlers after it has closed every application context
                SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stopAll);
            }
            RUNNING.put(key, running);
        }
        return running;
    }

    private static synchronized void stopAll() {
        RUNNING.values().forEach(EmbeddedPostgres::stop);
        RUNNING.clear();
    }

    /** Starts a server keeping its data in this directory, creating it (with a password) if needed. */
    static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            DataDirectoryOwnership.takeOver(dataDirectory);
            var server = start(dataDirectory, false);
            log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
            return server;
        } catch (IllegalStateException e) {
            // zonky's own lock: another server took the directory between our check and its start
            if (e.getMessage() != null && e.getMessage().startsWith("could not lock")) {
                throw new DataDirectoryOwnership.DataDirectoryInUseException(dataDirectory, java.util.Optional.empty());
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres startThrowAway() {
        try {
            return start(Files.createTempDirectory("weight-tracker-postgres"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean throwAway) throws IOException {
        var fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        var passwordFile = dataDirectory.resolve(PASSWORD_FILE);
        var password = !fresh && Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : newPassword();
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                // zonky turns both off for speed (fsync with "-F", which this later setting overrides);
                // an acknowledged write must survive a crash (ADR 2)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setConnectConfig("password", password);
        Path initialPassword = null;
        if (fresh) {
            // initdb needs an empty directory: the password waits outside it until the server runs
            initialPassword = Files.createTempFile("weight-tracker-postgres", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(initialPassword, password);
            // initdb takes the last -A/--auth it is given: this one overrides zonky's "-A trust"
            builder.setLocaleConfig("pwfile", initialPassword.toString()).setLocaleConfig("auth", "scram-sha-256");
        }
        try {
            var started = new EmbeddedPostgres(builder.start(), password);
            try {
                if (!fresh) {
                    started.requirePasswordIfTrusted(dataDirectory);
                }
                writePrivately(passwordFile, password);
            } catch (IOException | RuntimeException e) {
                started.stop();
                throw e;
            }
            return started;
        } finally {
            if (initialPassword != null) {
                Files.deleteIfExists(initialPassword);
            }
        }
    }

    /** A data directory made before passwords existed lets local users in without one: no more. */
    private void requirePasswordIfTrusted(Path dataDirectory) throws IOException {
        var hba = dataDirectory.resolve("pg_hba.conf");
        var rules = Files.readString(hba);
        if (!TRUSTED.matcher(rules).find()) {
            return;
        }
        try (var connection = DriverManager.getConnection(jdbcUrl(), credentials());
                var statement = connection.createStatement()) {
            // the password is base64url: no quote can end the literal
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            writePrivately(dataDirectory.resolve(PASSWORD_FILE), password);
            Files.writeString(hba, TRUSTED.matcher(rules).replaceAll("$1scram-sha-256"));
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("could not set a password on the embedded PostgreSQL", e);
        }
        log.info("Embedded PostgreSQL now requires a password, kept in {}", dataDirectory.resolve(PASSWORD_FILE));
    }

    private Properties credentials() {
        var properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", password);
        return properties;
    }

    String jdbcUrl() {
        // zonky's URL names the user as a parameter; the pool passes user and password itself
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    String password() {
        return password;
    }

    void stop() {
        try {
            if (zonkyClosed != null) {
                zonkyClosed.set(false);
            }
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }

    private static String newPassword() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writePrivately(Path file, String content) throws IOException {
        if (Files.exists(file) && Files.readString(file).strip().equals(content)) {
            return;
        }
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * zonky (2.2.2) registers a JVM shutdown hook of its own that stops the server at once, in
     * parallel with Spring's, so connection pools and the event registry lost their database while
     * closing. Marking the instance closed turns that hook into a no-op; {@link #stop()} reopens the
     * mark and closes it when Spring is done.
     */
    private static AtomicBoolean disarmZonkyShutdownHook(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        try {
            Field closed = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            var flag = (AtomicBoolean) closed.get(server);
            flag.set(true);
            return flag;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Embedded PostgreSQL may stop before the application on shutdown: {}", e.toString());
            return null;
        }
    }
}
