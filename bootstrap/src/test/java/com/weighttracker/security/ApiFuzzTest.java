package com.weighttracker.security;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A property-based fuzz test of the whole public API, driven by the OpenAPI document the server
 * serves, so a new endpoint joins by existing. For every operation it sends bodies generated from
 * the operation's schema with hostile mutations (wrong types, huge and tiny numbers, 1e308, NUL and
 * control characters, bidirectional overrides, huge strings, deep nesting, absurd dates, missing and
 * extra fields) and hostile query and path parameters, with a fuzz user's token and sometimes
 * without. The property: no answer is a 5xx, and every 201 says where the new resource is.
 *
 * <p>Deterministic and bounded: a fixed seed ({@code -Dfuzz.seed=…} to explore others),
 * {@code -Dfuzz.tries=…} requests per operation at most, and a time budget shared out among the
 * operations ({@code -Dfuzz.seconds=…}; each still gets a few requests on a slow machine).
 * A failure prints each reproducer (seed, request, answer).
 */
class ApiFuzzTest extends IntegrationTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 20);
    private static final int MIN_TRIES = 4;
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 60));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** Text that has broken parsers, databases and terminals. */
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\u0007\u001B[2J",
            "\u202Egpj.exe", "\u2066x\u2069", "\uFEFF", "\uD83C\uDFC3", "\uD800", "%00", "'; DROP TABLE x; --",
            "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x}", "NaN", "-0", "null", "true",
            "x".repeat(100_000), "é".repeat(5_000), "\n\n\n", "\t", "2026-02-30", "-999999999-01-01",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "0000-00-00T00:00:00Z", "2026-12-01T07:30:00+25:00", "99999-01-01", "Europe/Nowhere", "UTC+99:00");

    /** Numbers at and beyond every edge, as JSON source. */
    private static final List<String> HOSTILE_NUMBERS = List.of("0", "-1", "-0.0", "0.001", "1e308", "-1e308",
            "1e-308", "1e999999999", "1e-999999999", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "99999999999999999999999999999999999999", "123.456789",
            "1.7976931348623157E309", "4.9E-325", "1000.01", "100.001", "14", "13.99");

    /** Whole bodies that are not what anyone expects. */
    private static final List<String> HOSTILE_BODIES = List.of("", "null", "[]", "{}", "\"text\"", "1e308", "true",
            "{", "{\"a\":", "[".repeat(100_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
            "{\"x\":\"\\u0000\"}", "\u0000", "{\"weight\": 80, \"weight\": 81}");

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int requests;

    @Test
    void noRequestToThePublicApiGetsA5xxAndEvery201SaysWhereTheResourceIs() {
        var document = api.get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        var operations = operationsOf(document.body());
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
        var started = System.nanoTime();
        var slice = BUDGET.toNanos() / operations.size();

        var world = newWorld();
        for (var operation : operations) {
            // every operation gets its share of the budget, and at least MIN_TRIES on a slow machine
            var sliceEnd = System.nanoTime() + slice;
            for (var attempt = 0; attempt < TRIES && (attempt < MIN_TRIES || System.nanoTime() < sliceEnd); attempt++) {
                exercise(operation, world, document.body());
            }
            if (mayUndo(operation)) {
                world = newWorld();
            }
        }

        System.out.printf("API fuzz: seed %d, %d operations, %d requests in %d s, statuses %s%n", SEED,
                operations.size(), requests, Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses);
        assertThat(failures).as("reproducers (seed " + SEED + ")").isEmpty();
    }

    record Operation(String method, String path, JsonNode spec) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** What the fuzz user owns, so that path ids can name real things as well as absurd ones. */
    record World(String token, Map<String, String> ids) {
    }

    /** Whether a successful call may have removed what the world holds (the user, the team, a session). */
    private static boolean mayUndo(Operation operation) {
        var path = operation.path();
        return !operation.method().equals("get") && (path.startsWith("/v1/users/me") || path.startsWith("/v1/auth/log")
                || path.endsWith("/leave") || path.endsWith("/transfer-ownership") || path.endsWith("/remove")
                || operation.method().equals("delete") && (path.endsWith("{teamId}") || path.endsWith("{entryId}")));
    }

    private static List<Operation> operationsOf(JsonNode document) {
        var operations = new ArrayList<Operation>();
        document.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
            var spec = path.getValue().get(method);
            if (spec != null) {
                operations.add(new Operation(method, path.getKey(), spec));
            }
        }));
        return operations;
    }

    private World newWorld() {
        var owner = registerVerified();
        var token = owner.accessToken();
        var ids = new LinkedHashMap<String, String>();
        ids.put("userId", owner.id());
        ids.put("entryId", api.post("/v1/weight-entries", body("weight", 80), token).data().path("id").asString());
        var teamId = api.post("/v1/teams", body("name", "Fuzz " + UUID.randomUUID().toString().substring(0, 8),
                "visibility", "private"), token).data().path("id").asString();
        ids.put("teamId", teamId);
        ids.put("code", api.post("/v1/teams/" + teamId + "/invite-codes", body(), token).data().path("code")
                .asString());
        var asker = registerVerified();
        ids.put("requestId", api.post("/v1/teams/" + teamId + "/join-requests", body("message", "hi"),
                asker.accessToken()).data().path("id").asString());
        var photo = api.send(multipart("/v1/weight-entries/" + ids.get("entryId") + "/photos", token, "file", jpeg()));
        ids.put("photoId", photo.data().path("id").asString());
        return new World(token, ids);
    }

    private void exercise(Operation operation, World world, JsonNode document) {
        var path = pathOf(operation, world);
        var query = queryOf(operation);
        var token = random.nextInt(8) == 0 ? null : world.token();
        var request = api.request(path + query, token);
        var description = new StringBuilder(operation.method().toUpperCase()).append(' ').append(path).append(query)
                .append(token == null ? " (anonymous)" : " (fuzz user)");
        var content = operation.spec().path("requestBody").path("content");
        var method = operation.method().toUpperCase();
        if (content.isMissingNode() || content.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (content.has("application/json") || content.has("application/merge-patch+json")) {
            var media = content.has("application/json") ? "application/json" : "application/merge-patch+json";
            var json = jsonBody(content.path(media).path("schema"), document);
            request.header("Content-Type", media).method(method, HttpRequest.BodyPublishers.ofString(json));
            description.append(" body ").append(abbreviated(json));
        } else if (content.has("multipart/form-data")) {
            var part = randomUpload();
            request.header("Content-Type", part.contentType()).method(method,
                    HttpRequest.BodyPublishers.ofByteArray(part.bytes()));
            description.append(" multipart ").append(part.description());
        } else {
            var media = content.properties().iterator().next().getKey();
            var bytes = randomBytes();
            request.header("Content-Type", media).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            description.append(" ").append(media).append(" of ").append(bytes.length).append(" random bytes");
        }
        send(operation, request, description.toString());
    }

    private void send(Operation operation, HttpRequest.Builder request, String description) {
        Api.Response response;
        try {
            response = api.send(request);
        } catch (RuntimeException failed) {
            failures.add(operation + ": no answer (" + failed + ") to " + description);
            return;
        }
        requests++;
        statuses.merge(Integer.toString(response.status()), 1, Integer::sum);
        if (response.status() >= 500) {
            failures.add(operation + ": " + description + " -> " + response.status() + " (request id "
                    + response.header("X-Request-Id") + ")");
        }
        if (response.status() == 201 && response.header("Location") == null) {
            failures.add(operation + ": 201 without a Location header to " + description);
        }
    }

    // --- parameters

    private String pathOf(Operation operation, World world) {
        var path = operation.path();
        for (var parameter : operation.spec().path("parameters")) {
            if (!"path".equals(parameter.path("in").asString())) {
                continue;
            }
            var name = parameter.path("name").asString();
            var value = switch (random.nextInt(6)) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> pick(HOSTILE_TEXT);
                case 2 -> pick(HOSTILE_NUMBERS);
                default -> world.ids().getOrDefault(name, UUID.randomUUID().toString());
            };
            path = path.replace("{" + name + "}", value.isEmpty() ? "%20" : encoded(value).replace("+", "%20"));
        }
        return path;
    }

    private String queryOf(Operation operation) {
        var query = new StringBuilder();
        for (var parameter : operation.spec().path("parameters")) {
            if (!"query".equals(parameter.path("in").asString()) || random.nextInt(3) == 0) {
                continue;
            }
            var schema = parameter.path("schema");
            var value = random.nextBoolean() ? plausibleScalar(schema).asString() : hostileScalar();
            query.append(query.isEmpty() ? '?' : '&').append(encoded(parameter.path("name").asString())).append('=')
                    .append(encoded(value));
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append("unknown=").append(encoded(pick(HOSTILE_TEXT)));
        }
        return query.toString();
    }

    private String hostileScalar() {
        return random.nextBoolean() ? pick(HOSTILE_TEXT) : pick(HOSTILE_NUMBERS);
    }

    // --- JSON bodies

    private String jsonBody(JsonNode schema, JsonNode document) {
        var choice = random.nextInt(10);
        if (choice == 0) {
            return pick(HOSTILE_BODIES);
        }
        var valid = generate(schema, document, 0);
        if (choice == 1 || !(valid instanceof ObjectNode object) || object.isEmpty()) {
            return valid.toString();
        }
        var fields = new ArrayList<String>();
        object.propertyNames().forEach(fields::add);
        var field = fields.get(random.nextInt(fields.size()));
        var json = object.toString();
        return switch (choice) {
            case 2 -> {
                object.remove(field);
                yield object.toString();
            }
            case 3 -> {
                object.put("unexpected" + random.nextInt(10), pick(HOSTILE_TEXT));
                yield object.toString();
            }
            case 4, 5 -> replaced(json, field, quoted(pick(HOSTILE_TEXT)));
            case 6, 7 -> replaced(json, field, pick(HOSTILE_NUMBERS));
            case 8 -> replaced(json, field, random.nextBoolean() ? "[1,2]" : "{\"nested\":{\"deeper\":[null]}}");
            default -> replaced(json, field, random.nextBoolean() ? "null" : "true");
        };
    }

    /** The object's JSON with {@code field}'s value swapped for raw JSON source (numbers Jackson keeps as written). */
    private static String replaced(String json, String field, String rawValue) {
        var tree = (ObjectNode) Api.JSON.readTree(json);
        var marker = "__fuzz_" + UUID.randomUUID() + "__";
        tree.put(field, marker);
        return tree.toString().replace("\"" + marker + "\"", rawValue);
    }

    private JsonNode generate(JsonNode schema, JsonNode document, int depth) {
        schema = resolved(schema, document);
        if (depth > 6) {
            return NODES.nullNode();
        }
        for (var combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && !schema.path(combinator).isEmpty()) {
                var options = schema.path(combinator);
                return generate(options.get(random.nextInt(options.size())), document, depth + 1);
            }
        }
        var type = typeOf(schema);
        if ("object".equals(type) || schema.has("properties")) {
            var object = NODES.objectNode();
            var required = new ArrayList<String>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            schema.path("properties").properties().forEach(property -> {
                if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                    object.set(property.getKey(), generate(property.getValue(), document, depth + 1));
                }
            });
            return object;
        }
        if ("array".equals(type)) {
            ArrayNode array = NODES.arrayNode();
            for (var i = random.nextInt(3); i > 0; i--) {
                array.add(generate(schema.path("items"), document, depth + 1));
            }
            return array;
        }
        return plausibleScalar(schema);
    }

    private JsonNode plausibleScalar(JsonNode schema) {
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            var values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.path("example");
        }
        var format = schema.path("format").asString();
        return switch (typeOf(schema)) {
            case "integer" -> NODES.numberNode(random.nextInt(5) == 0 ? -random.nextInt(10) : random.nextInt(300));
            case "number" -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(200_00)).movePointLeft(2));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> switch (format) {
                case "date-time" -> NODES.stringNode(Instant.now().minusSeconds(random.nextInt(10_000_000)).toString());
                case "date" -> NODES.stringNode(java.time.LocalDate.now().plusDays(random.nextInt(800) - 400)
                        .toString());
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "email" -> NODES.stringNode("fuzz" + random.nextInt(1_000_000) + "@example.org");
                default -> NODES.stringNode(random.nextBoolean() ? "Fuzz text " + random.nextInt(1000) : "Secret123");
            };
        };
    }

    private static String typeOf(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var option : type) {
                if (!"null".equals(option.asString())) {
                    return option.asString();
                }
            }
        }
        return type.asString("string");
    }

    private static JsonNode resolved(JsonNode schema, JsonNode document) {
        var seen = 0;
        while (schema.has("$ref") && seen++ < 10) {
            var name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    // --- uploads

    record Upload(String contentType, byte[] bytes, String description) {
    }

    private Upload randomUpload() {
        var boundary = "fuzz" + random.nextInt(1_000_000);
        var choice = random.nextInt(5);
        byte[] file = switch (choice) {
            case 0 -> jpeg();
            case 1 -> new byte[0];
            case 2 -> "weight,date\n80,2026-01-01\n\u0000,-999999999-01-01\n1e308,+999999999-12-31\n"
                    .getBytes(StandardCharsets.UTF_8);
            default -> randomBytes();
        };
        if (choice == 4) {
            return new Upload("multipart/form-data; boundary=" + boundary, file, "garbage body");
        }
        return new Upload("multipart/form-data; boundary=" + boundary, multipartBody(boundary, "file", file),
                "file of " + file.length + " bytes (kind " + choice + ")");
    }

    private byte[] randomBytes() {
        var bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
    }

    private HttpRequest.Builder multipart(String path, String token, String field, byte[] file) {
        var boundary = "fuzz-setup";
        return api.request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, field, file)));
    }

    private static byte[] multipartBody(String boundary, String field, byte[] file) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"f.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] jpeg() {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- helpers

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String text) {
        return Api.JSON.writeValueAsString(text);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        var escaped = text == null ? "" : text.replace("\u0000", "\\u0000");
        return escaped.length() <= 300 ? escaped : escaped.substring(0, 300) + "…(" + escaped.length() + " chars)";
    }
}
