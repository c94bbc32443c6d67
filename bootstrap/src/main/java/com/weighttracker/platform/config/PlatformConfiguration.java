package com.weighttracker.platform.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.uuid.Generators;
import com.weighttracker.shared.application.IdGenerator;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Microsecond ticks: what PostgreSQL stores, so an instant reads back exactly as written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Time-ordered UUIDv7 (RFC 9562): new rows land at the end of the primary-key index. */
    @Bean
    IdGenerator idGenerator() {
        var generator = Generators.timeBasedEpochGenerator();
        return generator::generate;
    }
}
