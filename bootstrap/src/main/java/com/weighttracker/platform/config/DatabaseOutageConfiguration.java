package com.weighttracker.platform.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What a database that stops answering costs (ADR 2, ADR 6): the pool gives up after 2 s, the
 * driver after 6 s of silence on a connection (application.yml), the request answers 503, and
 * readiness says DOWN within {@value #READINESS_LIMIT_MILLIS} ms instead of hanging.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    static final long READINESS_LIMIT_MILLIS = 1_500;

    /** Replaces Boot's "db" contributor (the readiness group includes it by that name). */
    @Bean(destroyMethod = "close")
    TimeBoundHealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new TimeBoundHealthIndicator(new DataSourceHealthIndicator(dataSource, "SELECT 1"),
                Duration.ofMillis(READINESS_LIMIT_MILLIS));
    }

    /**
     * Migrations may run for minutes (some lift the statement timeout to back-fill): their
     * connection waits for the server as long as it takes; the pool resets it when it comes back.
     */
    @Bean
    FlywayConfigurationCustomizer migrationsWithoutSocketTimeout() {
        return configuration -> configuration.dataSource(new DelegatingDataSource(configuration.getDataSource()) {
            @Override
            public Connection getConnection() throws SQLException {
                var connection = super.getConnection();
                connection.setNetworkTimeout(Runnable::run, 0);
                return connection;
            }
        });
    }
}
