package com.weighttracker.platform.adapter.persistence;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ's own execute logging asks the logger on every statement of every request; statements are
 * logged by PostgreSQL and the request log instead (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer quietJooq() {
        return configuration -> configuration.settings().withExecuteLogging(false);
    }
}
