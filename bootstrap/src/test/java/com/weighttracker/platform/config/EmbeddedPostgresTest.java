package com.weighttracker.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

import com.weighttracker.platform.config.DataDirectoryOwnership.DataDirectoryInUseException;

/** The embedded PostgreSQL in a data directory of its own: password, durability, ownership. */
class EmbeddedPostgresTest {

    @TempDir
    Path temporary;

    @Test
    void aNewDataDirectoryGetsAGeneratedPasswordAndDurableCommits() throws Exception {
        var dataDirectory = temporary.resolve("postgres");
        var server = EmbeddedPostgres.start(dataDirectory);
        try {
            var passwordFile = dataDirectory.resolve(EmbeddedPostgres.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThan(20);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThatThrownBy(() -> query(server, null, "select 1")).as("no password, no connection")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> query(server, "postgres", "select 1")).as("nor the old fixed one")
                    .isInstanceOf(SQLException.class);
            assertThat(query(server, server.password(), "show synchronous_commit")).isEqualTo("on");
            assertThat(query(server, server.password(), "show fsync")).isEqualTo("on");
        } finally {
            server.stop();
        }
    }

    @Test
    void aDataDirectoryMadeBeforePasswordsIsGivenOne() throws Exception {
        var dataDirectory = temporary.resolve("postgres");
        try (var unprotected = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start()) {
            assertThat(unprotected.getPort()).isPositive();
        }

        var server = EmbeddedPostgres.start(dataDirectory);
        try {
            assertThatThrownBy(() -> query(server, null, "select 1")).isInstanceOf(SQLException.class);
            assertThat(query(server, server.password(), "select 'still here'")).isEqualTo("still here");
        } finally {
            server.stop();
        }
        var restarted = EmbeddedPostgres.start(dataDirectory);
        try {
            assertThat(query(restarted, server.password(), "select 'same password'")).isEqualTo("same password");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void refusesADataDirectoryAnotherRunningServerHoldsInOneSentence() throws Exception {
        var dataDirectory = temporary.resolve("postgres");
        try (var other = EmbeddedPostgresProcess.startIn(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(dataDirectory))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class, inUse -> {
                        assertThat(inUse.getMessage()).contains(dataDirectory.toString(), "in use by another running")
                                .doesNotContain("\n");
                        var analysis = SpringFactoriesLoader.forDefaultResourceLocation()
                                .load(FailureAnalyzer.class, FailureHandler.handleMessage((message, failure) -> { }))
                                .stream().map(analyzer -> analyzer.analyze(new BeanCreationException("dataSource", inUse)))
                                .filter(found -> found != null).findFirst().orElseThrow();
                        assertThat(analysis.getDescription()).contains(dataDirectory.toString()).doesNotContain("\n");
                        assertThat(analysis.getAction()).contains("Stop the other instance", "DATABASE_URL");
                    });
            assertThat(postmaster(dataDirectory).isAlive()).as("the other server's database is left alone").isTrue();
        }
    }

    @Test
    void stopsThePostgresOrphanedByAKilledServerAndStarts() throws Exception {
        var dataDirectory = temporary.resolve("postgres");
        var other = EmbeddedPostgresProcess.startIn(dataDirectory);
        other.kill();
        var orphan = postmaster(dataDirectory);
        assertThat(orphan.isAlive()).as("kill -9 leaves PostgreSQL running").isTrue();

        var server = EmbeddedPostgres.start(dataDirectory);
        try {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(query(server, server.password(), "select 'recovered'")).isEqualTo("recovered");
        } finally {
            server.stop();
        }
    }

    private static ProcessHandle postmaster(Path dataDirectory) throws Exception {
        var pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static String query(EmbeddedPostgres server, String password, String sql) throws SQLException {
        var credentials = new Properties();
        credentials.setProperty("user", EmbeddedPostgres.USER);
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), credentials);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
