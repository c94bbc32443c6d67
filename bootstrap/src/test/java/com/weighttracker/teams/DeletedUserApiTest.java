package com.weighttracker.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;

/**
 * A user who deleted their account acts no more with the access token they had (hardening item 6):
 * every write is 401 at once, not after the token's 15 minutes, and nothing is written; other
 * members no longer see them in member lists, unless they come back by logging in.
 */
class DeletedUserApiTest extends TeamsApiTest {

    @Test
    void everyWriteWithADeletedUsersTokenIsRefusedAndWritesNothing() {
        var owner = registerVerified();
        var publicTeam = createTeam(owner, "public", null);
        var privateTeam = createTeam(owner, "private", null);
        var code = assertSuccess(api.post("/v1/teams/" + privateTeam + "/invite-codes", "{}", owner.accessToken()), 201)
                .path("code").asString();
        var user = registerVerified();
        var entry = assertSuccess(api.post("/v1/weight-entries", Api.body("weight", 80, "unit", "kg"),
                user.accessToken()), 201).path("id").asString();
        var ownTeam = createTeam(user, "public", null);
        var ownCode = assertSuccess(api.post("/v1/teams/" + ownTeam + "/invite-codes", "{}", user.accessToken()), 201)
                .path("code").asString();
        var joinedTeam = createTeam(owner, "public", null);
        addMember(joinedTeam, owner, user);
        var token = user.accessToken();

        assertSuccess(api.delete("/v1/users/me", token), 200);

        var writes = new LinkedHashMap<String, Supplier<Api.Response>>();
        writes.put("record a weigh-in", () -> api.post("/v1/weight-entries", Api.body("weight", 79, "unit", "kg"),
                token));
        writes.put("edit a weigh-in", () -> api.patch("/v1/weight-entries/" + entry, Api.body("notes", "ghost"),
                token));
        writes.put("delete a weigh-in", () -> api.delete("/v1/weight-entries/" + entry, token));
        writes.put("set a goal", () -> api.send(api.request("/v1/goal", token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"targetWeight\": 75, \"unit\": \"kg\"}"))));
        writes.put("clear the goal", () -> api.delete("/v1/goal", token));
        writes.put("create a team", () -> api.post("/v1/teams", Api.body("name", uniqueName("Ghost"), "visibility",
                "public"), token));
        writes.put("edit a team", () -> api.patch("/v1/teams/" + ownTeam, Api.body("description", "haunted"), token));
        writes.put("make an invite code", () -> api.post("/v1/teams/" + ownTeam + "/invite-codes", "{}", token));
        writes.put("join a public team", () -> api.post("/v1/teams/" + publicTeam + "/join", "", token));
        writes.put("join with a code", () -> api.post("/v1/teams/join-with-code", Api.body("code", code), token));
        writes.put("ask to join", () -> api.post("/v1/teams/" + privateTeam + "/join-requests",
                Api.body("message", "let me in"), token));
        writes.put("add a photo", () -> api.send(multipart("/v1/weight-entries/" + entry + "/photos", token, "POST",
                png())));
        writes.put("import weigh-ins", () -> api.send(multipart("/v1/weight-entries/import", token, "POST",
                "date,weight,unit\n2026-01-01,80,kg\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        writes.put("set a team avatar", () -> api.send(multipart("/v1/teams/" + ownTeam + "/avatar", token, "PUT",
                png())));
        writes.put("revoke an invite code", () -> api.delete("/v1/teams/" + ownTeam + "/invite-codes/" + ownCode,
                token));
        writes.put("leave a team", () -> api.post("/v1/teams/" + joinedTeam + "/leave", "", token));
        writes.put("delete a team", () -> api.delete("/v1/teams/" + ownTeam, token));
        writes.put("edit the profile", () -> api.patch("/v1/users/me", Api.body("displayName", "Ghost"), token));
        writes.put("change the password", () -> api.post("/v1/users/me/password",
                Api.body("currentPassword", user.password(), "newPassword", "Haunted123"), token));
        writes.put("log out everywhere", () -> api.post("/v1/auth/logout-all", "{}", token));
        writes.put("delete the account", () -> api.delete("/v1/users/me", token));
        writes.forEach((write, request) -> {
            var error = assertError(request.get(), 401, "UNAUTHORIZED");
            assertThat(error.path("message").asString()).as(write).isEqualTo("The session has ended: sign in again.");
        });

        assertThat(roleIn(publicTeam, owner, user)).isNull();
        assertThat(roleIn(privateTeam, owner, user)).isNull();
        assertThat(assertSuccess(api.get("/v1/teams/" + privateTeam + "/join-requests?status=pending",
                owner.accessToken()), 200)).isEmpty();
        var back = logIn(user);
        var entries = assertSuccess(api.get("/v1/weight-entries", back.accessToken()), 200);
        assertThat(values(entries, "id")).containsExactly(entry);
        assertThat(assertSuccess(api.get("/v1/teams/" + ownTeam, back.accessToken()), 200).toString())
                .doesNotContain("haunted");
        assertThat(assertSuccess(api.get("/v1/users/me", back.accessToken()), 200).toString()).doesNotContain("Ghost");
    }

    @Test
    void memberListsHideAUserPendingDeletionAndShowThemAgainWhenTheyLogIn() {
        var owner = registerVerified();
        var team = createTeam(owner, "public", null);
        var user = registerVerified();
        addMember(team, owner, user);
        assertThat(roleIn(team, owner, user)).isEqualTo("member");

        assertSuccess(api.delete("/v1/users/me", user.accessToken()), 200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(roleIn(team, owner, user)).isNull());
        var members = assertSuccess(api.get("/v1/teams/" + team + "/members", owner.accessToken()), 200);
        assertThat(values(members, "userId")).containsExactly(owner.id());

        logIn(user);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(roleIn(team, owner, user)).isEqualTo("member"));
    }
}
