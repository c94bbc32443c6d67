package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** FR-3.1 and FR-3.2 over HTTP: creating, reading, browsing, editing and deleting teams. */
class TeamApiTest extends TeamsApiTest {

    @Test
    void createsATeamWhoseFounderIsItsOwner() {
        var anna = registerVerified();
        var name = uniqueName("Morning Walkers");

        var team = assertSuccess(api.post("/v1/teams", body("name", "  " + name + " ", "description", "We walk."),
                anna.accessToken()), 201);

        assertThat(team.path("id").asString()).isNotBlank();
        assertThat(team.path("name").asString()).isEqualTo(name);
        assertThat(team.path("description").asString()).isEqualTo("We walk.");
        assertThat(team.path("visibility").asString()).isEqualTo("public");
        assertThat(team.path("memberLimit").asInt()).isEqualTo(50);
        assertThat(team.path("memberCount").asInt()).isEqualTo(1);
        assertThat(team.path("myRole").asString()).isEqualTo("owner");
        assertThat(team.path("avatarUrl").isNull()).isTrue();
        var read = assertSuccess(api.get("/v1/teams/" + team.path("id").asString(), anna.accessToken()), 200);
        assertThat(read.path("name").asString()).isEqualTo(name);
        assertThat(roleIn(team.path("id").asString(), anna, anna)).isEqualTo("owner");
    }

    @Test
    void refusesBadValuesAllAtOnce() {
        var anna = registerVerified();
        assertInvalidFields(api.post("/v1/teams", body("name", "ab", "description", "x".repeat(501), "memberLimit", 201),
                anna.accessToken()), "name", "description", "memberLimit");
        assertInvalidFields(api.post("/v1/teams", body("name", "n".repeat(51)), anna.accessToken()), "name");
        assertInvalidFields(api.post("/v1/teams", body("description", "no name"), anna.accessToken()), "name");
        assertInvalidFields(api.post("/v1/teams", body("name", "Valid name", "memberLimit", 0), anna.accessToken()),
                "memberLimit");
        assertInvalidFields(api.post("/v1/teams", body("name", "Valid name", "visibility", "secret"),
                anna.accessToken()), "visibility");
        assertInvalidFields(api.post("/v1/teams", body("name", "Valid name", "colour", "red"), anna.accessToken()),
                "colour");
        assertError(api.post("/v1/teams", "{not json", anna.accessToken()), 400, "VALIDATION_ERROR");
    }

    @Test
    void namesAreUniqueRegardlessOfCase() {
        var anna = registerVerified();
        var name = uniqueName("Unique Walkers");
        assertSuccess(api.post("/v1/teams", body("name", name), anna.accessToken()), 201);

        var error = assertError(api.post("/v1/teams", body("name", name.toUpperCase()), registerVerified()
                .accessToken()), 409, "CONFLICT");
        assertThat(error.path("details").get(0).path("field").asString()).isEqualTo("name");

        var other = assertSuccess(api.post("/v1/teams", body("name", uniqueName("Other")), anna.accessToken()), 201);
        assertError(api.patch("/v1/teams/" + other.path("id").asString(), body("name", name.toLowerCase()),
                anna.accessToken()), 409, "CONFLICT");
    }

    @Test
    void browsesPublicTeamsByNameAndSearchesNameAndDescription() {
        var anna = registerVerified();
        var marker = "zq" + Long.toString(System.nanoTime(), 36);
        var alpha = assertSuccess(api.post("/v1/teams", body("name", "Alpha " + marker), anna.accessToken()), 201);
        var beta = assertSuccess(api.post("/v1/teams", body("name", "Beta team " + System.nanoTime(), "description",
                "all about " + marker.toUpperCase()), anna.accessToken()), 201);
        assertSuccess(api.post("/v1/teams", body("name", "Hidden " + marker, "visibility", "private"),
                anna.accessToken()), 201);

        var found = api.get("/v1/teams?q=" + marker + "&limit=1", registerVerified().accessToken());
        assertThat(values(assertSuccess(found, 200), "id")).containsExactly(alpha.path("id").asString());
        assertThat(found.body().path("pagination").path("totalItems").asInt()).isEqualTo(2);
        assertThat(found.body().path("pagination").path("hasNext").asBoolean()).isTrue();
        var second = assertSuccess(api.get("/v1/teams?q=" + marker + "&limit=1&page=2", anna.accessToken()), 200);
        assertThat(values(second, "id")).containsExactly(beta.path("id").asString());
        assertThat(second.get(0).path("myRole").asString()).isEqualTo("owner");
    }

    @Test
    void searchTreatsWildcardsAsPlainCharacters() {
        var anna = registerVerified();
        var marker = "wq" + Long.toString(System.nanoTime(), 36);
        assertSuccess(api.post("/v1/teams", body("name", "100% " + marker), anna.accessToken()), 201);
        assertSuccess(api.post("/v1/teams", body("name", "1000 " + marker), anna.accessToken()), 201);

        var percent = URLEncoder.encode("0% " + marker, StandardCharsets.UTF_8);
        assertThat(values(assertSuccess(api.get("/v1/teams?q=" + percent, anna.accessToken()), 200), "name"))
                .containsExactly("100% " + marker);
        var underscore = URLEncoder.encode("10_0 " + marker, StandardCharsets.UTF_8);
        assertThat(assertSuccess(api.get("/v1/teams?q=" + underscore, anna.accessToken()), 200)).isEmpty();
    }

    @Test
    void refusesBadListParameters() {
        var anna = registerVerified();
        assertInvalidFields(api.get("/v1/teams?limit=101", anna.accessToken()), "limit");
        assertInvalidFields(api.get("/v1/teams?page=0", anna.accessToken()), "page");
        assertInvalidFields(api.get("/v1/teams?q=" + "x".repeat(101), anna.accessToken()), "q");
        assertError(api.get("/v1/teams?limit=many", anna.accessToken()), 400, "VALIDATION_ERROR");
    }

    @Test
    void badOrUnknownTeamIdsAre400And404() {
        var anna = registerVerified();
        assertInvalidFields(api.get("/v1/teams/not-a-uuid", anna.accessToken()), "teamId");
        assertError(api.get("/v1/teams/" + UUID.randomUUID(), anna.accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/teams/" + UUID.randomUUID() + "/join", "", anna.accessToken()), 404, "NOT_FOUND");
        assertInvalidFields(api.post("/v1/teams/nope/join", "", anna.accessToken()), "teamId");
    }

    @Test
    void editsByMergePatch() {
        var crew = crew("public");
        var path = "/v1/teams/" + crew.teamId();
        assertSuccess(api.patch(path, body("description", "Old"), crew.owner().accessToken()), 200);

        var newName = uniqueName("Renamed");
        var edited = assertSuccess(api.patch(path, "{\"name\": \"" + newName + "\", \"description\": null, "
                + "\"visibility\": \"private\", \"memberLimit\": 200}", crew.admin().accessToken()), 200);

        assertThat(edited.path("name").asString()).isEqualTo(newName);
        assertThat(edited.path("description").isNull()).isTrue();
        assertThat(edited.path("visibility").asString()).isEqualTo("private");
        assertThat(edited.path("memberLimit").asInt()).isEqualTo(200);
        assertThat(edited.path("myRole").asString()).isEqualTo("admin");
        assertInvalidFields(api.patch(path, body("memberLimit", 3), crew.owner().accessToken()), "memberLimit");
        assertInvalidFields(api.patch(path, body("memberLimit", 201, "description", "d".repeat(501)),
                crew.owner().accessToken()), "description", "memberLimit");
        assertInvalidFields(api.patch(path, "{\"name\": null}", crew.owner().accessToken()), "name");
        assertSuccess(api.patch(path, body("memberLimit", 4), crew.owner().accessToken()), 200);
    }

    @Test
    void onlyTheOwnerDeletesATeam() {
        var crew = crew("public");
        var path = "/v1/teams/" + crew.teamId();
        assertError(api.delete(path, crew.admin().accessToken()), 403, "FORBIDDEN");
        assertError(api.delete(path, crew.outsider().accessToken()), 403, "FORBIDDEN");

        assertThat(assertSuccess(api.delete(path, crew.owner().accessToken()), 200).path("id").asString())
                .isEqualTo(crew.teamId());

        assertError(api.get(path, crew.owner().accessToken()), 404, "NOT_FOUND");
        assertThat(assertSuccess(api.get("/v1/users/me/teams", crew.member().accessToken()), 200)).isEmpty();
    }

    @Test
    void listsMyTeamsNewestFirstWithMyRole() {
        var anna = registerVerified();
        var first = createTeam(anna, "private", null);
        var bob = registerVerified();
        var second = createTeam(bob, "public", null);
        assertSuccess(api.post("/v1/teams/" + second + "/join", "", anna.accessToken()), 200);

        var mine = api.get("/v1/users/me/teams?limit=10", anna.accessToken());
        var teams = assertSuccess(mine, 200);
        assertThat(values(teams, "id")).containsExactly(second, first);
        assertThat(values(teams, "myRole")).containsExactly("member", "owner");
        assertThat(mine.body().path("pagination").path("totalItems").asInt()).isEqualTo(2);
        assertInvalidFields(api.get("/v1/users/me/teams?limit=0", anna.accessToken()), "limit");
    }

    @Test
    void writesNeedAVerifiedEmail() {
        var unverified = register();
        var team = createTeam(registerVerified(), "public", null);
        assertError(api.post("/v1/teams", body("name", uniqueName("Nope")), unverified.accessToken()), 403,
                "EMAIL_NOT_VERIFIED");
        assertError(api.post("/v1/teams/" + team + "/join", "", unverified.accessToken()), 403, "EMAIL_NOT_VERIFIED");
        assertError(api.post("/v1/teams/join-with-code", body("code", "ABCDEFGHJKLMNPQR"), unverified.accessToken()),
                403, "EMAIL_NOT_VERIFIED");
        assertError(api.post("/v1/teams/" + team + "/join-requests", "{}", unverified.accessToken()), 403,
                "EMAIL_NOT_VERIFIED");
        // reading is fine
        assertSuccess(api.get("/v1/teams/" + team, unverified.accessToken()), 200);
        assertError(api.get("/v1/teams", null), 401, "UNAUTHORIZED");
    }
}
