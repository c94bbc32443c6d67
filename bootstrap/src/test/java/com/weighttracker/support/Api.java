package com.weighttracker.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the running application; answers are parsed as JSON where possible. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String clientAddress;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /**
     * The same API as seen from another client address ({@code X-Forwarded-For}; only in contexts
     * with {@code server.forward-headers-strategy=native}), so a test's anonymous requests have a
     * rate-limit bucket of their own.
     */
    public Api from(String address) {
        return new Api(base, address);
    }

    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode error() {
            return body.path("error");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response patch(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** For requests the helpers above cannot express (odd content types, methods, headers). */
    public Response send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (var i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
