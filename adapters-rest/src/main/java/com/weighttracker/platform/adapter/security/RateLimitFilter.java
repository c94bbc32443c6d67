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
 * The per-caller limit on every request but the probes ({@code /health}, {@code /ready}) and Swagger
 * UI's static files: per user once authenticated, per IP address before. Runs after authentication,
 * so it knows who is calling; a request whose credentials were refused never gets that far, so the
 * refusal ({@link #admit}) counts it against its address instead. Answers 429 with the spec's body
 * when exceeded.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String COUNTED = RateLimitFilter.class.getName() + ".counted";

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
        return !limits.enabled() || unlimited(request.getRequestURI());
    }

    /** The load balancer's probes, and the static files of Swagger UI (its page loads a dozen). */
    static boolean unlimited(String path) {
        return path.equals("/health") || path.equals("/ready") || path.startsWith("/swagger-ui/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (admit(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Counts the request against its caller's limit, at most once per request, and sets the
     * {@code X-RateLimit-*} headers; false after answering 429.
     */
    boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!limits.enabled() || request.getAttribute(COUNTED) != null) {
            return true;
        }
        request.setAttribute(COUNTED, Boolean.TRUE);
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
            return false;
        }
        return true;
    }
}
