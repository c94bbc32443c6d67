package com.weighttracker.platform.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url} (DATABASE_URL), the application starts its own PostgreSQL
 * and uses it through the same Hikari pool settings a real database gets.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatabaseConfigured.class)
class EmbeddedPostgresConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties,
            @Value("${weighttracker.embedded-postgres.data-directory:}") String dataDirectory) {
        var server = EmbeddedPostgres.shared(dataDirectory);
        properties.setUrl(server.jdbcUrl());
        properties.setUsername(EmbeddedPostgres.USER);
        properties.setPassword(server.password());
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    static final class NoDatabaseConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
