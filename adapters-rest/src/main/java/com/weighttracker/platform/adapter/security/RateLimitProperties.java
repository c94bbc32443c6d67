package com.weighttracker.platform.adapter.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** NFR-4.3's limits; tests and benchmarks raise them. */
@ConfigurationProperties("weighttracker.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") int anonymousPerMinute,
        @DefaultValue("100") int authenticatedPerMinute,
        @DefaultValue("5") int authFailures,
        @DefaultValue("10") int accountFailures,
        @DefaultValue("15m") Duration authWindow) {
}
