package com.weighttracker.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/** Helpers of social's HTTP tests: posts, teams with roles, envelopes. */
abstract class SocialApiTest extends IntegrationTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** A team and its members by role; {@code outsider} is verified and belongs to no team. */
    record Crew(String teamId, TestUser owner, TestUser moderator, TestUser member, TestUser outsider) {
    }

    static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    JsonNode publish(TestUser author, Object body) {
        return assertSuccess(api.post("/v1/posts", body, author.accessToken()), 201);
    }

    String publicPost(TestUser author, String content) {
        return publish(author, Api.body("content", content)).path("id").asString();
    }

    String teamPost(TestUser author, String teamId, String content) {
        return publish(author, Api.body("content", content, "visibility", "team", "teamId", teamId)).path("id")
                .asString();
    }

    Api.Response put(String path, String token) {
        return api.send(api.request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    JsonNode feed(TestUser reader, String query) {
        return assertSuccess(api.get("/v1/posts?" + query, reader.accessToken()), 200);
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A public team with an owner, a moderator and a member, and a verified outsider. */
    Crew crew() {
        var owner = registerVerified();
        var teamId = assertSuccess(api.post("/v1/teams", Api.body("name", unique("Social team "), "visibility",
                "public"), owner.accessToken()), 201).path("id").asString();
        var moderator = registerVerified();
        var member = registerVerified();
        for (var user : List.of(moderator, member)) {
            assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", user.accessToken()), 200);
        }
        assertSuccess(api.patch("/v1/teams/" + teamId + "/members/" + moderator.id() + "/role",
                Api.body("role", "moderator"), owner.accessToken()), 200);
        return new Crew(teamId, owner, moderator, member, registerVerified());
    }

    /** A success envelope with that status; returns its data. */
    static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        return response.data();
    }

    /** An error envelope with that status and code; returns the error. */
    static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(response.error().path("message").asString()).as(response.toString()).isNotBlank();
        return response.error();
    }

    /** A 400 VALIDATION_ERROR naming exactly these fields. */
    static void assertInvalidFields(Api.Response response, String... fields) {
        var error = assertError(response, 400, "VALIDATION_ERROR");
        var named = new ArrayList<String>();
        error.path("details").forEach(detail -> named.add(detail.path("field").asString()));
        assertThat(named).as(response.toString()).containsExactly(fields);
    }

    static List<String> ids(JsonNode items) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
