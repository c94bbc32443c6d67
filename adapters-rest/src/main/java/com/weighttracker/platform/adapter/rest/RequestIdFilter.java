package com.weighttracker.platform.adapter.rest;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs first: gives the request its id before anything can log or answer, and when it is done
 * times it ({@link HttpServerMetrics}) and logs one line (method, path without query string,
 * status, duration; never bodies or headers).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("com.weighttracker.http");

    private final boolean requestLog;
    private final HttpServerMetrics metrics;

    RequestIdFilter(@Value("${weighttracker.http.request-log:true}") boolean requestLog, MeterRegistry registry,
            @Value("${spring.application.name}") String application) {
        this.requestLog = requestLog;
        this.metrics = new HttpServerMetrics(registry, application);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        var started = System.nanoTime();
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            var status = failure != null && response.getStatus() < 400 ? 500 : response.getStatus();
            metrics.record(request, status, failure, System.nanoTime() - started);
            if (requestLog) {
                log.atInfo().addKeyValue("http.request.method", request.getMethod())
                        .addKeyValue("url.path", request.getRequestURI())
                        .addKeyValue("http.response.status_code", response.getStatus())
                        .addKeyValue("event.duration_ms", (System.nanoTime() - started) / 1_000_000)
                        .log("{} {} -> {}", request.getMethod(), request.getRequestURI(), response.getStatus());
            }
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
