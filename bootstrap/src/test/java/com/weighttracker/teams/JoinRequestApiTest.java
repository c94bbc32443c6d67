package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** FR-3.2 "join request for private teams (admin approval)" over HTTP, and the requester's own view of theirs. */
class JoinRequestApiTest extends TeamsApiTest {

    private static final String MINE = "/v1/users/me/join-requests";

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

        var token = crew.outsider().accessToken();
        assertInvalidFields(api.delete(requests + "/nope", token), "requestId");
        assertInvalidFields(api.delete("/v1/teams/nope/join-requests/nope", token), "teamId", "requestId");
        assertInvalidFields(api.get(MINE + "?status=maybe&limit=101", token), "status", "limit");
        assertInvalidFields(api.get(MINE + "?page=0", token), "page");
        assertError(api.get(MINE, null), 401, "UNAUTHORIZED");
        assertError(api.delete(requests + "/" + UUID.randomUUID(), null), 401, "UNAUTHORIZED");
    }

    @Test
    void listsMyOwnRequestsAcrossTeamsNewestFirstWithPagingAndStatus() {
        var bob = registerVerified();
        var owners = List.of(registerVerified(), registerVerified(), registerVerified());
        var teams = new ArrayList<String>();
        var asked = new ArrayList<String>();
        for (var owner : owners) {
            var teamId = createTeam(owner, "private", null);
            teams.add(teamId);
            asked.add(assertSuccess(api.post("/v1/teams/" + teamId + "/join-requests", body("message", "hi"),
                    bob.accessToken()), 201).path("id").asString());
        }
        assertSuccess(api.post("/v1/teams/" + teams.get(1) + "/join-requests/" + asked.get(1) + "/reject", "",
                owners.get(1).accessToken()), 200);
        var carol = registerVerified();
        assertSuccess(api.post("/v1/teams/" + teams.get(0) + "/join-requests", "{}", carol.accessToken()), 201);

        var all = api.get(MINE, bob.accessToken());

        var mine = assertSuccess(all, 200);
        assertThat(values(mine, "id")).containsExactly(asked.get(2), asked.get(1), asked.get(0));
        assertThat(values(mine, "teamId")).containsExactly(teams.get(2), teams.get(1), teams.get(0));
        assertThat(values(mine, "status")).containsExactly("pending", "rejected", "pending");
        assertThat(mine.get(2).path("teamName").asString())
                .isEqualTo(assertSuccess(api.get("/v1/teams/" + teams.get(0), owners.get(0).accessToken()), 200)
                        .path("name").asString());
        assertThat(mine.get(2).path("message").asString()).isEqualTo("hi");
        assertThat(mine.get(1).path("decidedAt").asString()).isNotBlank();
        assertThat(mine.get(0).propertyNames()).as("of the team only its id and name")
                .doesNotContain("description", "visibility", "memberCount", "memberLimit", "myRole", "userId");
        assertThat(all.body().path("pagination").path("totalItems").asInt()).isEqualTo(3);

        var firstPage = api.get(MINE + "?limit=2", bob.accessToken());
        assertThat(values(assertSuccess(firstPage, 200), "id")).containsExactly(asked.get(2), asked.get(1));
        assertThat(firstPage.body().path("pagination").path("hasNext").asBoolean()).isTrue();
        assertThat(values(assertSuccess(api.get(MINE + "?page=2&limit=2", bob.accessToken()), 200), "id"))
                .containsExactly(asked.get(0));
        assertThat(values(assertSuccess(api.get(MINE + "?status=pending", bob.accessToken()), 200), "id"))
                .containsExactly(asked.get(2), asked.get(0));
        assertThat(values(assertSuccess(api.get(MINE + "?status=REJECTED", bob.accessToken()), 200), "id"))
                .containsExactly(asked.get(1));
        assertThat(assertSuccess(api.get(MINE + "?status=approved", bob.accessToken()), 200)).isEmpty();
        assertThat(values(assertSuccess(api.get(MINE, carol.accessToken()), 200), "teamId"))
                .containsExactly(teams.get(0));
    }

    @Test
    void aWithdrawnRequestIsKeptAndTheRequesterMayAskAgain() {
        var crew = crew("private");
        var requests = "/v1/teams/" + crew.teamId() + "/join-requests";
        var bob = registerVerified();
        var id = assertSuccess(api.post(requests, "{}", bob.accessToken()), 201).path("id").asString();

        var withdrawn = assertSuccess(api.delete(requests + "/" + id, bob.accessToken()), 200);

        assertThat(withdrawn.path("id").asString()).isEqualTo(id);
        assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
        assertThat(withdrawn.path("decidedAt").asString()).isNotBlank();
        assertThat(assertSuccess(api.get(requests, crew.owner().accessToken()), 200)).as("no longer pending")
                .isEmpty();
        assertThat(values(assertSuccess(api.get(requests + "?status=withdrawn", crew.admin().accessToken()), 200),
                "id")).containsExactly(id);
        assertError(api.post(requests + "/" + id + "/approve", "", crew.owner().accessToken()), 409, "CONFLICT");
        assertError(api.delete(requests + "/" + id, bob.accessToken()), 409, "CONFLICT");
        assertThat(roleIn(crew.teamId(), crew.owner(), bob)).isNull();

        var again = assertSuccess(api.post(requests, body("message", "sorry, yes"), bob.accessToken()), 201)
                .path("id").asString();

        assertThat(values(assertSuccess(api.get(MINE, bob.accessToken()), 200), "status"))
                .containsExactly("pending", "withdrawn");
        assertThat(values(assertSuccess(api.get(requests, crew.owner().accessToken()), 200), "id"))
                .containsExactly(again);
    }

    @Test
    void nobodyWithdrawsAnothersRequestNorADecidedOne() {
        var crew = crew("private");
        var requests = "/v1/teams/" + crew.teamId() + "/join-requests";
        var bob = registerVerified();
        var id = assertSuccess(api.post(requests, "{}", bob.accessToken()), 201).path("id").asString();

        var byOutsider = assertError(api.delete(requests + "/" + id, crew.outsider().accessToken()), 404, "NOT_FOUND");
        var byOwner = assertError(api.delete(requests + "/" + id, crew.owner().accessToken()), 404, "NOT_FOUND");
        var unknown = assertError(api.delete(requests + "/" + UUID.randomUUID(), bob.accessToken()), 404, "NOT_FOUND");

        assertThat(byOutsider.path("message").asString()).isEqualTo(unknown.path("message").asString())
                .isEqualTo(byOwner.path("message").asString());
        assertThat(values(assertSuccess(api.get(requests, crew.owner().accessToken()), 200), "id"))
                .containsExactly(id);

        assertSuccess(api.post(requests + "/" + id + "/approve", "", crew.admin().accessToken()), 200);
        assertError(api.delete(requests + "/" + id, bob.accessToken()), 409, "CONFLICT");
        assertThat(roleIn(crew.teamId(), crew.owner(), bob)).isEqualTo("member");

        var carol = registerVerified();
        var rejected = assertSuccess(api.post(requests, "{}", carol.accessToken()), 201).path("id").asString();
        assertSuccess(api.post(requests + "/" + rejected + "/reject", "", crew.owner().accessToken()), 200);
        assertError(api.delete(requests + "/" + rejected, carol.accessToken()), 409, "CONFLICT");
        assertThat(values(assertSuccess(api.get(MINE, carol.accessToken()), 200), "status"))
                .containsExactly("rejected");
    }

    @Test
    void anOutsiderLearnsNothingOfAPrivateTeamFromRequests() {
        var crew = crew("private");
        var team = "/v1/teams/" + crew.teamId();
        var bob = registerVerified();
        var id = assertSuccess(api.post(team + "/join-requests", "{}", bob.accessToken()), 201).path("id").asString();
        var token = crew.outsider().accessToken();

        var unknownTeam = assertError(api.delete("/v1/teams/" + UUID.randomUUID() + "/join-requests/" + id, token),
                404, "NOT_FOUND");
        var privateTeam = assertError(api.delete(team + "/join-requests/" + UUID.randomUUID(), token), 404,
                "NOT_FOUND");
        var bobsRequest = assertError(api.delete(team + "/join-requests/" + id, token), 404, "NOT_FOUND");

        assertThat(privateTeam.path("message").asString()).isEqualTo(unknownTeam.path("message").asString())
                .isEqualTo(bobsRequest.path("message").asString());
        assertThat(assertSuccess(api.get(MINE, token), 200)).isEmpty();
        assertError(api.get(team, token), 404, "NOT_FOUND");

        // the requester, rejected, sees the name of the team they asked to join, and nothing more
        assertSuccess(api.post(team + "/join-requests/" + id + "/reject", "", crew.owner().accessToken()), 200);
        assertThat(values(assertSuccess(api.get(MINE, bob.accessToken()), 200), "teamId"))
                .containsExactly(crew.teamId());
        assertError(api.get(team, bob.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(team + "/members", bob.accessToken()), 404, "NOT_FOUND");
    }
}
