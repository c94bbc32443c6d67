package com.weighttracker.platform.adapter.rest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every query parameter of every endpoint, in one place: a control character ({@code %00} above
 * all, which PostgreSQL cannot store or compare) or broken percent-encoding is a 400 naming the
 * parameter, before any controller parses it. Reads the raw query string, so form and multipart
 * bodies are left unread.
 */
@Component
class QueryTextFilter extends OncePerRequestFilter {

    private final ErrorResponseWriter errors;

    QueryTextFilter(ErrorResponseWriter errors) {
        this.errors = errors;
    }

    /** Tomcat refuses raw control characters in the request line: only percent-encoded ones can come. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null || query.indexOf('%') < 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (var pair : request.getQueryString().split("&")) {
            var equals = pair.indexOf('=');
            var rawName = equals < 0 ? pair : pair.substring(0, equals);
            var name = decoded(rawName);
            var value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (name == null || value == null) {
                refuse(response, name == null ? "query" : name, "is not valid percent-encoded UTF-8");
                return;
            }
            if (hasControlCharacter(name)) {
                refuse(response, "query", "parameter names must not contain control characters");
                return;
            }
            if (hasControlCharacter(value)) {
                refuse(response, name, "must not contain control characters");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The decoded text, or null when it is not valid percent-encoding. */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean hasControlCharacter(String text) {
        for (var i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, String field, String problem) throws IOException {
        errors.write(response, HttpStatus.BAD_REQUEST.value(), ErrorResponse.invalidField(field, problem));
    }
}
