package com.weighttracker.benchmarks;

import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A standalone PostgreSQL 16 (zonky's server binaries, the same the product embeds) for benchmarks:
 * fixed port ({@code BENCH_DB_PORT}, 54329), data kept in {@code BENCH_DB_DIR}
 * (benchmarks/target/bench-db) so the 20M rows are generated once. Runs the product's Flyway
 * migrations (adapters-persistence's scripts, history in schema {@code platform} as the product
 * does), prints {@code READY} and serves until the process is terminated (SIGTERM stops PostgreSQL
 * cleanly through zonky's shutdown hook).
 *
 * <p>Durability is the production default: zonky starts postgres with {@code -F} (fsync off), so
 * {@code fsync=on} is set explicitly; {@code synchronous_commit}, {@code full_page_writes} and
 * {@code wal_level} stay at their defaults (on, on, replica). The rest is ordinary sizing for a
 * dedicated database on a small machine, listed in {@link #SETTINGS} and in docs/performance.md.
 */
public final class BenchmarkDatabase {

    static final Map<String, String> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("fsync", "on");
        SETTINGS.put("synchronous_commit", "on");
        SETTINGS.put("full_page_writes", "on");
        SETTINGS.put("timezone", "UTC");
        SETTINGS.put("max_connections", "200");
        SETTINGS.put("shared_buffers", "1GB");
        SETTINGS.put("effective_cache_size", "8GB");
        SETTINGS.put("work_mem", "16MB");
        SETTINGS.put("maintenance_work_mem", "1GB");
        SETTINGS.put("max_parallel_maintenance_workers", "2");
        SETTINGS.put("max_wal_size", "8GB");
        SETTINGS.put("checkpoint_timeout", "15min");
        SETTINGS.put("checkpoint_completion_target", "0.9");
        SETTINGS.put("random_page_cost", "1.1");
        SETTINGS.put("track_io_timing", "on");
        // queries per request and their mean time, per benchmark step (BenchAdmin statements)
        SETTINGS.put("shared_preload_libraries", "pg_stat_statements");
    }

    private BenchmarkDatabase() {
    }

    public static void main(String[] args) throws Exception {
        var directory = Bench.dataDirectory();
        Files.createDirectories(directory);
        var builder = EmbeddedPostgres.builder()
                .setPort(Bench.dbPort())
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofMinutes(5));
        SETTINGS.forEach(builder::setServerConfig);
        var started = System.nanoTime();
        var postgres = builder.start();
        System.out.printf("PostgreSQL %s on port %d, data in %s (started in %d ms)%n", version(), Bench.dbPort(),
                directory, (System.nanoTime() - started) / 1_000_000);

        var flyway = Flyway.configure()
                .dataSource(Bench.jdbcUrl(), "postgres", "postgres")
                .defaultSchema("platform")
                .locations("classpath:db/migration")
                .load();
        var migrated = flyway.migrate();
        System.out.printf("Flyway: %d migration(s) applied, schema version %s%n", migrated.migrationsExecuted,
                migrated.targetSchemaVersion == null ? flyway.info().current().getVersion() : migrated.targetSchemaVersion);

        try (var connection = Bench.connect(); var statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
        }
        try (var connection = Bench.connect(); var statement = connection.createStatement();
                var fsync = statement.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'),"
                        + " current_setting('shared_buffers')")) {
            fsync.next();
            System.out.printf("fsync=%s synchronous_commit=%s shared_buffers=%s%n", fsync.getString(1),
                    fsync.getString(2), fsync.getString(3));
        }
        System.out.println("READY " + Bench.jdbcUrl() + " (user postgres, password postgres); stop with SIGTERM");
        System.out.flush();

        var forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopping PostgreSQL"), "bench-db-stop"));
        forever.await();
        postgres.close();
    }

    private static String version() throws Exception {
        try (var connection = Bench.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
