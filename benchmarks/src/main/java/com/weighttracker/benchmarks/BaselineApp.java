package com.weighttracker.benchmarks;

import static com.weighttracker.tracking.adapter.persistence.schema.Tables.WEIGHT_ENTRIES;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick for the list endpoint: a bare Spring Boot MVC + jOOQ app (Tomcat, Hikari, Jackson,
 * nothing else) answering {@code GET /baseline/entries?user=<uuid>} with the same 20 rows the
 * product's {@code GET /v1/weight-entries?limit=20} reads, by the same query on the same database —
 * without authentication, envelope, count, rate limit, request ids or metrics. Lives only here, never
 * in the product; it does not depend on bootstrap.
 *
 * <p>Port {@code BASELINE_PORT} (18081); database {@code DATABASE_URL} or the benchmark database;
 * pool {@code DATABASE_POOL_SIZE} (20) and request threads {@code SERVER_THREADS} (16): the product's
 * defaults, so both serve with the same server settings.
 */
@SpringBootApplication
public class BaselineApp {

    public static void main(String[] args) {
        var app = new SpringApplication(BaselineApp.class);
        app.setDefaultProperties(Map.of(
                "server.port", Bench.env("BASELINE_PORT", "18081"),
                "spring.main.banner-mode", "off",
                "spring.datasource.url", Bench.env("DATABASE_URL", Bench.jdbcUrl()),
                "spring.datasource.username", Bench.env("DATABASE_USERNAME", "postgres"),
                "spring.datasource.password", Bench.env("DATABASE_PASSWORD", "postgres"),
                "spring.datasource.hikari.maximum-pool-size", Bench.env("DATABASE_POOL_SIZE", "20"),
                "server.tomcat.threads.max", Bench.env("SERVER_THREADS", "16"),
                "spring.jooq.sql-dialect", "postgres",
                "logging.level.root", "WARN"));
        app.run(args);
    }

    @RestController
    static class BaselineController {

        private final DSLContext dsl;

        BaselineController(DSLContext dsl) {
            this.dsl = dsl;
        }

        @GetMapping(path = "/baseline/entries", produces = "application/json")
        List<Entry> entries(@RequestParam UUID user) {
            return dsl.selectFrom(WEIGHT_ENTRIES)
                    .where(WEIGHT_ENTRIES.USER_ID.eq(user))
                    .orderBy(WEIGHT_ENTRIES.RECORDED_AT.desc(), WEIGHT_ENTRIES.ID.desc())
                    .limit(20)
                    .fetch(row -> new Entry(row.getId(), row.getWeightKg(), row.getEnteredUnit(), row.getRecordedAt(),
                            row.getNotes(), row.getBodyFatPercentage(), row.getMuscleMassKg(), row.getWaterPercentage(),
                            row.getSource(), row.getCreatedAt()));
        }
    }

    record Entry(UUID id, BigDecimal weightKg, String unit, Instant recordedAt, String notes,
            BigDecimal bodyFatPercentage, BigDecimal muscleMassKg, BigDecimal waterPercentage, String source,
            Instant createdAt) {
    }
}
