package com.weighttracker.platform.adapter.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.weighttracker.platform.adapter.rest.ErrorResponseWriter;

/**
 * {@code /metrics} (Prometheus) has its own filter chain, ahead of the API's: it answers only to the
 * operators' token ({@code METRICS_TOKEN}), never to an access token, and is closed without one.
 * {@code /health} and {@code /ready} stay open for the load balancer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSecurityConfiguration.MetricsProperties.class)
class MetricsSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MetricsSecurityConfiguration.class);

    /** The bearer token Prometheus presents; blank closes {@code /metrics}. */
    @ConfigurationProperties("weighttracker.metrics")
    record MetricsProperties(String token) {
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain metrics(HttpSecurity http, MetricsProperties properties, RateLimiter rateLimiter,
            RateLimitProperties limits, ErrorResponseWriter errors) throws Exception {
        if (properties.token() == null || properties.token().isBlank()) {
            log.warn("/metrics is closed: no metrics token is configured (METRICS_TOKEN). Set one and let "
                    + "Prometheus send it as 'Authorization: Bearer <token>'.");
        }
        var rateLimit = new RateLimitFilter(rateLimiter, limits, errors);
        http.securityMatcher("/metrics")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new MetricsTokenFilter(properties.token(), rateLimit, errors),
                        AuthorizationFilter.class);
        return http.build();
    }
}
