package com.weighttracker.platform.adapter.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ErrorResponseWriter;
import com.weighttracker.platform.adapter.rest.RateLimitHeaders;
import com.weighttracker.platform.adapter.rest.RequestIds;
import com.weighttracker.platform.security.AccessTokenAuthenticator;

/**
 * Stateless bearer-token security for {@code /v1/**}: no sessions, no cookies, no CSRF surface.
 * Every 401/403 carries the error envelope.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RateLimitProperties.class, SecurityConfiguration.CorsProperties.class })
class SecurityConfiguration {

    /** The public endpoints; everything else under /v1 needs a valid access token. */
    private static final String[] PUBLIC_PATHS = { "/v1/auth/register", "/v1/auth/login", "/v1/auth/refresh",
            "/v1/auth/logout", "/v1/auth/verify-email", "/v1/auth/forgot-password", "/v1/auth/reset-password",
            // RFC 8058 one-click unsubscribe and its page: the signed token in the link is the credential
            "/v1/notifications/unsubscribe", "/v1/notifications/unsubscribe/confirm",
            // badge icons, so an img tag (which sends no token) can show them
            "/v1/achievements/*/icon.svg",
            // the real-time endpoint: its STOMP CONNECT frame carries the token (platform.adapter.messaging)
            "/v1/ws" };

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @ConfigurationProperties("weighttracker.cors")
    record CorsProperties(@DefaultValue List<String> allowedOrigins) {
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ErrorResponseWriter errors, RateLimiter rateLimiter,
            RateLimitProperties limits, AccessTokenAuthenticator accessTokens) throws Exception {
        var rateLimit = new RateLimitFilter(rateLimiter, limits, errors);
        // a refused token never reaches the rate limit filter: its 401 counts against the address instead
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            if (rateLimit.admit(request, response)) {
                errors.write(response, HttpStatus.UNAUTHORIZED.value(), ErrorResponse.of("UNAUTHORIZED",
                        reasonOf(failure)));
            }
        };
        AuthenticationManager bearerTokens = authentication -> accessTokens
                .authenticate(((BearerTokenAuthenticationToken) authentication).getToken());
        AccessDeniedHandler denied = (request, response, failure) -> errors.write(response,
                HttpStatus.FORBIDDEN.value(), ErrorResponse.of("FORBIDDEN", "You may not do this."));
        http.csrf(csrf -> csrf.disable())
                .cors(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .headers(headers -> headers
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).preload(true)
                                .maxAgeInSeconds(31_536_000).requestMatcher(AnyRequestMatcher.INSTANCE))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/v1/**").permitAll()
                        .requestMatchers("/v1/**", "/dev/mailbox").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new AuthorizationHeaderTokens())
                        .authenticationManagerResolver(request -> bearerTokens)
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .addFilterAfter(rateLimit, BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Why a bearer token was refused (expired, revoked, malformed: our own words, ADR 4), or the
     * generic answer when there was no token at all.
     */
    private static String reasonOf(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException refused
                && refused.getError() instanceof BearerTokenError error && error.getDescription() != null) {
            return error.getDescription();
        }
        return "A valid access token is required.";
    }

    /**
     * Spring Security's firewall checks every header value it hands out with a regular expression
     * (assigned characters, no ISO control characters); the same check as a loop, because the
     * Authorization header carries an 800-character token on every request.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedParameterNames(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedParameterValues(SecurityConfiguration::assignedAndNotControl);
        return web -> web.httpFirewall(firewall);
    }

    static boolean assignedAndNotControl(String value) {
        for (var i = 0; i < value.length();) {
            var codePoint = value.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * Failed authentications are published as events; successful ones, one per authenticated
     * request, are not: nobody listens, and each went through the event multicaster.
     */
    @Bean
    AuthenticationEventPublisher failuresOnly(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        return new AuthenticationEventPublisher() {

            @Override
            public void publishAuthenticationSuccess(Authentication authentication) {
                // deliberately silent, see above
            }

            @Override
            public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
                events.publishAuthenticationFailure(exception, authentication);
            }
        };
    }

    /**
     * No observation (timer, long-task timer, event) around each security filter, authentication and
     * authorisation: on an authenticated read they cost more than the work itself
     * (docs/performance.md). {@code http.server.requests} still times every request with its status.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", RequestIds.HEADER));
        cors.setExposedHeaders(List.of(RequestIds.HEADER, RateLimitHeaders.LIMIT, RateLimitHeaders.REMAINING,
                RateLimitHeaders.RESET, "Retry-After"));
        cors.setMaxAge(86_400L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/v1/**", cors);
        // a request without Origin is not a CORS request: no path matching for it
        return request -> request.getHeader(HttpHeaders.ORIGIN) == null ? null : source.getCorsConfiguration(request);
    }

    @Bean
    RateLimiter rateLimiter(ObjectProvider<RedissonClient> redisson) {
        var client = redisson.getIfAvailable();
        return new RateLimiter(client == null ? RateLimitBuckets.inProcess() : RateLimitBuckets.redis(client));
    }

    @Bean
    AuthAttemptLimiter authAttemptLimiter(RateLimiter rateLimiter, RateLimitProperties limits,
            ObjectProvider<RedissonClient> redisson) {
        var client = redisson.getIfAvailable();
        return new AuthAttemptLimiter(rateLimiter, limits,
                client == null ? KnownAddresses.inProcess() : KnownAddresses.redis(client));
    }
}
