package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;

/** A private team does not exist for outsiders: 404 with one message on every endpoint, never a hint; its members see it. */
class PrivateTeamApiTest extends TeamsApiTest {

    @Test
    void outsidersGet404EverywhereAndMembersSeeTheTeam() {
        var crew = crew("private");
        var token = crew.outsider().accessToken();
        var team = "/v1/teams/" + crew.teamId();
        var code = assertSuccess(api.post(team + "/invite-codes", "{}", crew.owner().accessToken()), 201)
                .path("code").asString();
        var request = UUID.randomUUID();

        var responses = new LinkedHashMap<String, Api.Response>();
        responses.put("get", api.get(team, token));
        responses.put("edit", api.patch(team, body("description", "x"), token));
        responses.put("delete", api.delete(team, token));
        responses.put("join", api.post(team + "/join", "", token));
        responses.put("leave", api.post(team + "/leave", "", token));
        responses.put("members", api.get(team + "/members", token));
        responses.put("remove", api.post(memberPath(crew.teamId(), crew.member()) + "/remove", "", token));
        responses.put("role", api.patch(memberPath(crew.teamId(), crew.member()) + "/role", body("role", "admin"),
                token));
        responses.put("transfer", api.post(team + "/transfer-ownership", body("userId", crew.member().id()), token));
        responses.put("create code", api.post(team + "/invite-codes", "{}", token));
        responses.put("list codes", api.get(team + "/invite-codes", token));
        responses.put("revoke code", api.delete(team + "/invite-codes/" + code, token));
        responses.put("list requests", api.get(team + "/join-requests", token));
        responses.put("approve", api.post(team + "/join-requests/" + request + "/approve", "", token));
        responses.put("reject", api.post(team + "/join-requests/" + request + "/reject", "", token));
        responses.put("put avatar", api.send(multipart(team + "/avatar", token, "PUT", png())));
        responses.put("get avatar", api.get(team + "/avatar", token));
        responses.put("delete avatar", api.delete(team + "/avatar", token));
        responses.put("leaderboard", api.get(team + "/leaderboard", token));
        responses.put("analytics", api.get(team + "/analytics", token));

        var unknown = api.get("/v1/teams/" + UUID.randomUUID(), token);
        responses.forEach((name, response) -> {
            assertError(response, 404, "NOT_FOUND");
            assertThat(response.error().path("message").asString()).as(name)
                    .isEqualTo(unknown.error().path("message").asString());
        });
        assertThat(assertSuccess(api.get(team, crew.member().accessToken()), 200).path("visibility").asString())
                .isEqualTo("private");
        assertThat(assertSuccess(api.get(team + "/members", crew.member().accessToken()), 200)).hasSize(4);
    }

    @Test
    void isNeverListedWhenBrowsing() {
        var owner = registerVerified();
        var marker = "pq" + Long.toString(System.nanoTime(), 36);
        assertSuccess(api.post("/v1/teams", body("name", "Secret " + marker, "visibility", "private"),
                owner.accessToken()), 201);
        assertThat(assertSuccess(api.get("/v1/teams?q=" + marker, owner.accessToken()), 200)).isEmpty();
        assertThat(assertSuccess(api.get("/v1/users/me/teams", owner.accessToken()), 200)).hasSize(1);
    }
}
