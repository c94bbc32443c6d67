package com.weighttracker.platform.adapter.security;

import java.io.IOException;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.weighttracker.platform.adapter.rest.ClientAddress;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ErrorResponseWriter;
import com.weighttracker.platform.adapter.rest.RateLimitHeaders;
import com.weighttracker.platform.security.CallerAuthentication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The per-caller API limit: per user once authenticated, per IP address before. Runs after
 * authentication, so it knows who is calling; answers 429 with the spec's body when exceeded.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final ErrorResponseWriter errors;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties limits, ErrorResponseWriter errors) {
        this.limiter = limiter;
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || !request.getRequestURI().startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var decision = SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication user
                ? limiter.consume("user:" + user.getName(), limits.authenticatedPerMinute(), MINUTE)
                : limiter.consume("ip:" + ClientAddress.of(request), limits.anonymousPerMinute(), MINUTE);
        response.setHeader(RateLimitHeaders.LIMIT, Long.toString(decision.limit()));
        response.setHeader(RateLimitHeaders.REMAINING, Long.toString(decision.remaining()));
        response.setHeader(RateLimitHeaders.RESET,
                Long.toString(System.currentTimeMillis() / 1000 + decision.secondsToReset()));
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            errors.write(response, HttpStatus.TOO_MANY_REQUESTS.value(),
                    ErrorResponse.rateLimited(decision.retryAfterSeconds()));
            return;
        }
        chain.doFilter(request, response);
    }
}
