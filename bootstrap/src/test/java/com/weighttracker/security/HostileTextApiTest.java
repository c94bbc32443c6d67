package com.weighttracker.security;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/**
 * Security regression set: control characters (NUL first) in JSON text and query parameters, and
 * bidirectional overrides in names, are refused with a 400 naming the field, never a 500.
 */
class HostileTextApiTest extends IntegrationTest {

    private static final String NUL = "\u0000";
    private static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";

    @Test
    void refusesANulInTheBio() {
        var user = register();

        var response = api.patch("/v1/users/me", body("bio", "hello" + NUL + "world"), user.accessToken());

        assertRefused(response, "bio");
    }

    @Test
    void refusesOtherControlCharactersInWeighInNotesButKeepsTabsAndNewlines() {
        var user = register();

        var escape = api.post("/v1/weight-entries", body("weight", 80, "notes", "red \u001B[31m"), user.accessToken());
        var bell = api.post("/v1/weight-entries", body("weight", 80, "notes", "ding\u0007"), user.accessToken());
        var lines = api.post("/v1/weight-entries", body("weight", 80, "notes", "after run\n\tfelt good\r\n"),
                user.accessToken());

        assertRefused(escape, "notes");
        assertRefused(bell, "notes");
        assertThat(lines.status()).as(lines.toString()).isEqualTo(201);
        assertThat(lines.data().path("notes").asString()).isEqualTo("after run\n\tfelt good");
    }

    @Test
    void refusesANulInACorrectedWeighInsNotes() {
        var user = register();
        var entry = api.post("/v1/weight-entries", body("weight", 80), user.accessToken()).data().path("id").asString();

        var response = api.patch("/v1/weight-entries/" + entry, body("notes", NUL), user.accessToken());

        assertRefused(response, "notes");
    }

    @Test
    void refusesANulInATeamsNameAndDescription() {
        var owner = registerVerified();

        var name = api.post("/v1/teams", body("name", "Night" + NUL + "Walkers"), owner.accessToken());
        var description = api.post("/v1/teams", body("name", "Nul Walkers " + System.nanoTime() % 100000,
                "description", "we" + NUL), owner.accessToken());

        assertRefused(name, "name");
        assertRefused(description, "description");
    }

    @Test
    void refusesANulInAJoinRequestMessage() {
        var owner = registerVerified();
        var team = api.post("/v1/teams", body("name", "Quiet Ones " + System.nanoTime() % 100000, "visibility",
                "private"), owner.accessToken()).data().path("id").asString();
        var asker = registerVerified();

        var response = api.post("/v1/teams/" + team + "/join-requests", body("message", "let me in" + NUL),
                asker.accessToken());

        assertRefused(response, "message");
    }

    @Test
    void refusesBidirectionalOverridesInDisplayNamesAndTeamNames() {
        var user = registerVerified();

        var displayName = api.patch("/v1/users/me", body("displayName", "Anna" + RIGHT_TO_LEFT_OVERRIDE + "gpj.exe"),
                user.accessToken());
        var isolate = api.patch("/v1/users/me", body("displayName", "Anna\u2067x\u2069"), user.accessToken());
        var teamName = api.post("/v1/teams", body("name", "Walk" + RIGHT_TO_LEFT_OVERRIDE + "ers"),
                user.accessToken());

        assertRefused(displayName, "displayName");
        assertRefused(isolate, "displayName");
        assertRefused(teamName, "name");
    }

    @Test
    void keepsRightToLeftScriptsInNames() {
        var user = register();

        var response = api.patch("/v1/users/me", body("displayName", "مريم"), user.accessToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.data().path("displayName").asString()).isEqualTo("مريم");
    }

    @Test
    void refusesAnEncodedNulInAQueryParameter() {
        var user = register();

        var search = api.get("/v1/teams?q=walk%00ers", user.accessToken());
        var from = api.get("/v1/weight-entries?from=2026-01-01%00", user.accessToken());
        var unit = api.get("/v1/weight-entries/stats?unit=%00kg", user.accessToken());

        assertRefused(search, "q");
        assertRefused(from, "from");
        assertRefused(unit, "unit");
    }

    @Test
    void refusesAControlCharacterInAQueryParameterOfAnAnonymousRequest() {
        var response = api.get("/v1/users/me?x=%1B", null);

        assertThat(response.status()).as(response.toString()).isBetween(400, 401);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.error().path("details").get(0).path("field").asString()).as(response.toString())
                .isEqualTo(field);
    }
}
