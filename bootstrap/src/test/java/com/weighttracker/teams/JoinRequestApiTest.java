package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** FR-3.2 "join request for private teams (admin approval)" over HTTP. */
class JoinRequestApiTest extends TeamsApiTest {

    @Test
    void anApprovedRequesterBecomesAMember() {
        var crew = crew("private");
        var requests = "/v1/teams/" + crew.teamId() + "/join-requests";
        var bob = registerVerified();

        var request = assertSuccess(api.post(requests, body("message", "I walk too"), bob.accessToken()), 201);
        assertThat(request.path("status").asString()).isEqualTo("pending");
        assertThat(request.path("message").asString()).isEqualTo("I walk too");
        assertError(api.post(requests, "{}", bob.accessToken()), 409, "CONFLICT");

        var pending = assertSuccess(api.get(requests, crew.admin().accessToken()), 200);
        assertThat(values(pending, "username")).containsExactly(bob.username());
        assertError(api.get(requests, crew.moderator().accessToken()), 403, "FORBIDDEN");
        var id = request.path("id").asString();
        assertError(api.post(requests + "/" + id + "/approve", "", crew.member().accessToken()), 403, "FORBIDDEN");

        var approved = assertSuccess(api.post(requests + "/" + id + "/approve", "", crew.admin().accessToken()), 200);

        assertThat(approved.path("status").asString()).isEqualTo("approved");
        assertThat(approved.path("decidedAt").asString()).isNotBlank();
        assertThat(roleIn(crew.teamId(), crew.owner(), bob)).isEqualTo("member");
        assertError(api.post(requests + "/" + id + "/reject", "", crew.owner().accessToken()), 409, "CONFLICT");
        assertThat(assertSuccess(api.get(requests, crew.owner().accessToken()), 200)).isEmpty();
        assertThat(values(assertSuccess(api.get(requests + "?status=approved", crew.owner().accessToken()), 200), "id"))
                .containsExactly(id);
    }

    @Test
    void aRejectedRequesterStaysOutAndMayAskAgain() {
        var crew = crew("private");
        var requests = "/v1/teams/" + crew.teamId() + "/join-requests";
        var bob = registerVerified();
        var id = assertSuccess(api.post(requests, "", bob.accessToken()), 201).path("id").asString();

        var rejected = assertSuccess(api.post(requests + "/" + id + "/reject", "", crew.owner().accessToken()), 200);

        assertThat(rejected.path("status").asString()).isEqualTo("rejected");
        assertError(api.get("/v1/teams/" + crew.teamId(), bob.accessToken()), 404, "NOT_FOUND");
        assertSuccess(api.post(requests, "{}", bob.accessToken()), 201);
    }

    @Test
    void approvingIntoAFullTeamIsRefusedAndTheRequestStaysPending() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "private", 1);
        var requests = "/v1/teams/" + teamId + "/join-requests";
        var id = assertSuccess(api.post(requests, "{}", registerVerified().accessToken()), 201).path("id").asString();

        assertError(api.post(requests + "/" + id + "/approve", "", owner.accessToken()), 409, "TEAM_FULL");

        assertThat(values(assertSuccess(api.get(requests, owner.accessToken()), 200), "status"))
                .containsExactly("pending");
    }

    @Test
    void publicTeamsAndMembersNeedNoRequest() {
        var crew = crew("public");
        assertError(api.post("/v1/teams/" + crew.teamId() + "/join-requests", "{}", crew.outsider().accessToken()),
                409, "CONFLICT");
        var privateTeam = createTeam(crew.owner(), "private", null);
        assertError(api.post("/v1/teams/" + privateTeam + "/join-requests", "{}", crew.owner().accessToken()), 409,
                "ALREADY_MEMBER");
    }

    @Test
    void refusesBadInput() {
        var crew = crew("private");
        var requests = "/v1/teams/" + crew.teamId() + "/join-requests";
        assertInvalidFields(api.post(requests, body("message", "m".repeat(501)), crew.outsider().accessToken()),
                "message");
        assertInvalidFields(api.get(requests + "?status=maybe&limit=0", crew.owner().accessToken()), "status", "limit");
        assertInvalidFields(api.post(requests + "/nope/approve", "", crew.owner().accessToken()), "requestId");
        assertError(api.post(requests + "/" + UUID.randomUUID() + "/approve", "", crew.owner().accessToken()), 404,
                "NOT_FOUND");
        assertError(api.post("/v1/teams/" + UUID.randomUUID() + "/join-requests", "{}", crew.outsider().accessToken()),
                404, "NOT_FOUND");
    }
}
