package com.weighttracker.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What every benchmark tool agrees on: where the benchmark database listens and who the generated
 * users are. Environment variables override the defaults (run.sh sets them).
 */
final class Bench {

    /** The password of every generated account. */
    static final String PASSWORD = "Bench1234";
    /** The user with five years of daily weigh-ins: chart and stats are measured with them. */
    static final String HEAVY_EMAIL = "bench-heavy@bench.example";
    /** How many users the load steps rotate through (one per wrk connection). */
    static final int LOAD_USERS = 64;

    private Bench() {
    }

    static int dbPort() {
        return Integer.parseInt(env("BENCH_DB_PORT", "54329"));
    }

    static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + dbPort() + "/postgres";
    }

    static Path dataDirectory() {
        return Path.of(env("BENCH_DB_DIR", "benchmarks/target/bench-db")).toAbsolutePath();
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    static String loadEmail(int n) {
        return String.format("bench-load-%02d@bench.example", n);
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
