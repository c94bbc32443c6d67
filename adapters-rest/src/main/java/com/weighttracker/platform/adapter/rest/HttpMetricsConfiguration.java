package com.weighttracker.platform.adapter.rest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

import io.micrometer.observation.ObservationRegistry;

/**
 * {@code http.server.requests} is recorded by {@link RequestIdFilter} ({@link HttpServerMetrics}),
 * so Spring Boot's observation filter, which would record it a second time at a higher cost, is
 * registered disabled (ADR 15).
 */
@Configuration(proxyBeanMethods = false)
class HttpMetricsConfiguration {

    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> observationFilterReplacedByRequestIdFilter() {
        var registration = new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
        registration.setEnabled(false);
        return registration;
    }
}
