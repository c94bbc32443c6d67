package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** FR-3.2 "join via invite code" over HTTP: issuing, listing, joining, expiry, uses and revocation. */
class InviteCodeApiTest extends TeamsApiTest {

    @Test
    void aCodeLetsAnyoneJoinAPrivateTeam() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "private", null);
        var before = clock.instant();

        var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", "", owner.accessToken()), 201);

        assertThat(code.path("code").asString()).matches("[A-HJ-NP-Z2-9]{16}");
        assertThat(code.path("teamId").asString()).isEqualTo(teamId);
        assertThat(code.path("active").asBoolean()).isTrue();
        assertThat(code.path("maxUses").isNull()).isTrue();
        assertThat(Instant.parse(code.path("expiresAt").asString()))
                .isBetween(before.plus(Duration.ofDays(7)), clock.instant().plus(Duration.ofDays(7)));

        var bob = registerVerified();
        var typed = code.path("code").asString().toLowerCase();
        var team = assertSuccess(api.post("/v1/teams/join-with-code", body("code", typed), bob.accessToken()), 200);
        assertThat(team.path("id").asString()).isEqualTo(teamId);
        assertThat(team.path("myRole").asString()).isEqualTo("member");
        assertThat(team.path("memberCount").asInt()).isEqualTo(2);
        assertError(api.post("/v1/teams/join-with-code", body("code", typed), bob.accessToken()), 409, "ALREADY_MEMBER");

        var listed = assertSuccess(api.get("/v1/teams/" + teamId + "/invite-codes", owner.accessToken()), 200);
        assertThat(values(listed, "uses")).containsExactly("1");
    }

    @Test
    void aCodeExpires() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "private", null);
        var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", body("validHours", 2),
                owner.accessToken()), 201).path("code").asString();

        clock.advance(Duration.ofHours(2));

        var error = assertError(api.post("/v1/teams/join-with-code", body("code", code), registerVerified()
                .accessToken()), 404, "NOT_FOUND");
        assertThat(error.path("message").asString()).contains("expired");
        // access tokens live 15 minutes: sign in again after the jump
        var listed = assertSuccess(api.get("/v1/teams/" + teamId + "/invite-codes", logIn(owner).accessToken()), 200);
        assertThat(listed.get(0).path("active").asBoolean()).isFalse();
    }

    @Test
    void aRevokedCodeNoLongerWorks() {
        var crew = crew("private");
        var team = "/v1/teams/" + crew.teamId();
        var code = assertSuccess(api.post(team + "/invite-codes", "{}", crew.admin().accessToken()), 201)
                .path("code").asString();

        assertError(api.delete(team + "/invite-codes/" + code, crew.moderator().accessToken()), 403, "FORBIDDEN");
        assertSuccess(api.delete(team + "/invite-codes/" + code, crew.admin().accessToken()), 200);

        var error = assertError(api.post("/v1/teams/join-with-code", body("code", code), crew.outsider()
                .accessToken()), 404, "NOT_FOUND");
        assertThat(error.path("message").asString()).contains("revoked");
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.outsider())).isNull();
    }

    @Test
    void aCodeWorksAsOftenAsItsMaximumUses() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "private", null);
        var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", body("maxUses", 2),
                owner.accessToken()), 201).path("code").asString();

        assertSuccess(api.post("/v1/teams/join-with-code", body("code", code), registerVerified().accessToken()), 200);
        assertSuccess(api.post("/v1/teams/join-with-code", body("code", code), registerVerified().accessToken()), 200);
        var error = assertError(api.post("/v1/teams/join-with-code", body("code", code), registerVerified()
                .accessToken()), 404, "NOT_FOUND");

        assertThat(error.path("message").asString()).contains("used up");
        assertThat(assertSuccess(api.get("/v1/teams/" + teamId, owner.accessToken()), 200).path("memberCount").asInt())
                .isEqualTo(3);
    }

    @Test
    void aFullTeamDoesNotUseUpTheCode() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "private", 1);
        var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", body("maxUses", 1),
                owner.accessToken()), 201).path("code").asString();

        assertError(api.post("/v1/teams/join-with-code", body("code", code), registerVerified().accessToken()), 409,
                "TEAM_FULL");

        var listed = assertSuccess(api.get("/v1/teams/" + teamId + "/invite-codes", owner.accessToken()), 200);
        assertThat(listed.get(0).path("uses").asInt()).isZero();
    }

    @Test
    void refusesBadCodesAndBadSettings() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "private", null);
        var other = createTeam(owner, "private", null);
        var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", "{}", owner.accessToken()), 201)
                .path("code").asString();

        assertError(api.post("/v1/teams/join-with-code", body("code", "ABCDEFGHJKLMNPQR"), owner.accessToken()), 404,
                "NOT_FOUND");
        assertError(api.post("/v1/teams/join-with-code", body("code", "short"), owner.accessToken()), 404,
                "NOT_FOUND");
        assertInvalidFields(api.post("/v1/teams/join-with-code", "{}", owner.accessToken()), "code");
        assertError(api.delete("/v1/teams/" + other + "/invite-codes/" + code, owner.accessToken()), 404, "NOT_FOUND");
        assertInvalidFields(api.post("/v1/teams/" + teamId + "/invite-codes", body("validHours", 0, "maxUses", 1001),
                owner.accessToken()), "validHours", "maxUses");
        assertInvalidFields(api.post("/v1/teams/" + teamId + "/invite-codes", body("validHours", 721),
                owner.accessToken()), "validHours");
    }
}
