package com.weighttracker.platform.adapter.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ErrorResponseWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /metrics} only for {@code Authorization: Bearer <METRICS_TOKEN>}; without a configured
 * token it is closed. A refused caller counts against their address's anonymous limit, so nobody
 * can ask for it again and again.
 */
final class MetricsTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final RateLimitFilter rateLimit;
    private final ErrorResponseWriter errors;

    MetricsTokenFilter(String token, RateLimitFilter rateLimit, ErrorResponseWriter errors) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.rateLimit = rateLimit;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (presentsTheToken(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        if (rateLimit.admit(request, response)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            errors.write(response, HttpStatus.UNAUTHORIZED.value(),
                    ErrorResponse.of("UNAUTHORIZED", "The metrics token is required."));
        }
    }

    private boolean presentsTheToken(String header) {
        if (token == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // constant time: the comparison must not tell how much of a guess was right
        return MessageDigest.isEqual(token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
    }
}
