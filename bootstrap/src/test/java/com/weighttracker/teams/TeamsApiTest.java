package com.weighttracker.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/** What the teams HTTP tests share: envelope assertions and small builders of teams with members in roles. */
abstract class TeamsApiTest extends IntegrationTest {

    private static final AtomicInteger TEAMS = new AtomicInteger();

    /** A team and its members by role; {@code outsider} is verified and belongs to no team. */
    record Crew(String teamId, TestUser owner, TestUser admin, TestUser moderator, TestUser member, TestUser outsider) {

        TestUser as(TeamRole role) {
            return switch (role) {
                case OWNER -> owner;
                case ADMIN -> admin;
                case MODERATOR -> moderator;
                case MEMBER -> member;
            };
        }
    }

    static String uniqueName(String prefix) {
        return prefix + " " + TEAMS.incrementAndGet() + " " + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    String createTeam(TestUser owner, String visibility, Integer memberLimit) {
        var body = Api.body("name", uniqueName("Team"), "visibility", visibility, "memberLimit", memberLimit);
        return assertSuccess(api.post("/v1/teams", body, owner.accessToken()), 201).path("id").asString();
    }

    /** A team with an owner, an admin, a moderator and a member, and an outsider. */
    Crew crew(String visibility) {
        var owner = registerVerified();
        var teamId = createTeam(owner, visibility, null);
        var admin = registerVerified();
        var moderator = registerVerified();
        var member = registerVerified();
        for (var user : List.of(admin, moderator, member)) {
            addMember(teamId, owner, user);
        }
        setRole(teamId, owner, admin, "admin");
        setRole(teamId, owner, moderator, "moderator");
        return new Crew(teamId, owner, admin, moderator, member, registerVerified());
    }

    /** Makes {@code user} a member: they join a public team, or use a fresh invite code of a private one. */
    void addMember(String teamId, TestUser owner, TestUser user) {
        var team = assertSuccess(api.get("/v1/teams/" + teamId, owner.accessToken()), 200);
        if (team.path("visibility").asString().equals("public")) {
            assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", user.accessToken()), 200);
        } else {
            var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", "{}", owner.accessToken()), 201)
                    .path("code").asString();
            assertSuccess(api.post("/v1/teams/join-with-code", Api.body("code", code), user.accessToken()), 200);
        }
    }

    void setRole(String teamId, TestUser by, TestUser user, String role) {
        assertSuccess(api.patch(memberPath(teamId, user) + "/role", Api.body("role", role), by.accessToken()), 200);
    }

    static String memberPath(String teamId, TestUser user) {
        return "/v1/teams/" + teamId + "/members/" + user.id();
    }

    /** The user's role in the team as the members list shows it, or null when not a member. */
    String roleIn(String teamId, TestUser viewer, TestUser user) {
        var members = assertSuccess(api.get("/v1/teams/" + teamId + "/members?limit=100", viewer.accessToken()), 200);
        for (var member : members) {
            if (member.path("userId").asString().equals(user.id())) {
                return member.path("role").asString();
            }
        }
        return null;
    }

    /** A success envelope with that status; returns its data. */
    static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        assertThat(response.body().path("meta").path("requestId").asString()).as(response.toString()).isNotBlank();
        return response.data();
    }

    /** An error envelope with that status and code; returns the error. */
    static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.body().has("data")).as(response.toString()).isFalse();
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

    static List<String> values(JsonNode list, String field) {
        var values = new ArrayList<String>();
        list.forEach(item -> values.add(item.path(field).asString()));
        return values;
    }

    /** A multipart/form-data request with one file part named {@code file}. */
    HttpRequest.Builder multipart(String path, String token, String method, byte[] content) {
        var boundary = "----teams-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.img\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A small real PNG: uploads are decoded, so a header alone no longer passes (ADR 10). */
    static byte[] png() {
        return TestImages.png(4, 4);
    }

    static Map<String, Object> noBody() {
        return Map.of();
    }
}
