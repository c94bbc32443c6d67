package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FR-3.2 and FR-3.3 over HTTP: joining, leaving, the member list, removing, roles and ownership. */
class MembershipApiTest extends TeamsApiTest {

    @Test
    void joinsAPublicTeamOnce() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "public", null);
        var bob = registerVerified();

        var team = assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", bob.accessToken()), 200);

        assertThat(team.path("memberCount").asInt()).isEqualTo(2);
        assertThat(team.path("myRole").asString()).isEqualTo("member");
        assertError(api.post("/v1/teams/" + teamId + "/join", "", bob.accessToken()), 409, "ALREADY_MEMBER");
        assertError(api.post("/v1/teams/" + teamId + "/join", "", owner.accessToken()), 409, "ALREADY_MEMBER");
    }

    @Test
    void leavingFreesTheSeat() {
        var owner = registerVerified();
        var teamId = createTeam(owner, "public", 2);
        var bob = registerVerified();
        var carol = registerVerified();
        assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", bob.accessToken()), 200);
        assertError(api.post("/v1/teams/" + teamId + "/join", "", carol.accessToken()), 409, "TEAM_FULL");

        assertSuccess(api.post("/v1/teams/" + teamId + "/leave", "", bob.accessToken()), 200);

        assertThat(roleIn(teamId, owner, bob)).isNull();
        assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", carol.accessToken()), 200);
        assertThat(assertSuccess(api.get("/v1/teams/" + teamId, owner.accessToken()), 200).path("memberCount").asInt())
                .isEqualTo(2);
        assertError(api.post("/v1/teams/" + teamId + "/leave", "", bob.accessToken()), 403, "FORBIDDEN");
    }

    @Test
    void theOwnerCannotLeaveWithoutTransferringOwnership() {
        var crew = crew("public");
        assertError(api.post("/v1/teams/" + crew.teamId() + "/leave", "", crew.owner().accessToken()), 409,
                "OWNER_CANNOT_LEAVE");
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.owner())).isEqualTo("owner");

        assertSuccess(api.post("/v1/teams/" + crew.teamId() + "/transfer-ownership", body("userId", crew.member().id()),
                crew.owner().accessToken()), 200);
        assertSuccess(api.post("/v1/teams/" + crew.teamId() + "/leave", "", crew.owner().accessToken()), 200);
        assertThat(roleIn(crew.teamId(), crew.member(), crew.member())).isEqualTo("owner");
        assertThat(roleIn(crew.teamId(), crew.member(), crew.owner())).isNull();
    }

    @Test
    void listsMembersByRoleWithNamesButNoWeights() {
        var crew = crew("public");
        assertSuccess(api.post("/v1/weight-entries", body("weight", 82.4), crew.member().accessToken()), 201);

        var response = api.get("/v1/teams/" + crew.teamId() + "/members?limit=3", crew.outsider().accessToken());
        var members = assertSuccess(response, 200);

        assertThat(values(members, "userId")).containsExactly(crew.owner().id(), crew.admin().id(),
                crew.moderator().id());
        assertThat(values(members, "role")).containsExactly("owner", "admin", "moderator");
        assertThat(values(members, "username")).containsExactly(crew.owner().username(), crew.admin().username(),
                crew.moderator().username());
        assertThat(members.get(0).path("joinedAt").asString()).isNotBlank();
        assertThat(response.body().path("pagination").path("totalItems").asInt()).isEqualTo(4);
        var last = assertSuccess(api.get("/v1/teams/" + crew.teamId() + "/members?limit=3&page=2",
                crew.member().accessToken()), 200);
        assertThat(values(last, "username")).containsExactly(crew.member().username());
        assertThat(response.raw().body()).doesNotContainIgnoringCase("weight").doesNotContain("82.4");
    }

    @ParameterizedTest(name = "{0} removes {1}: {2}")
    @CsvSource({
            "OWNER, ADMIN, 200", "OWNER, MEMBER, 200", "ADMIN, MODERATOR, 200", "ADMIN, MEMBER, 200",
            "ADMIN, OWNER, 403", "MODERATOR, MEMBER, 403", "MEMBER, MODERATOR, 403", "ADMIN, ADMIN, 400" })
    void removingNeedsTheRightAndAHigherRole(TeamRole actor, TeamRole target, int status) {
        var crew = crew("public");
        var response = api.post(memberPath(crew.teamId(), crew.as(target)) + "/remove", "",
                crew.as(actor).accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.as(target))).isEqualTo(
                status == 200 ? null : target.name().toLowerCase());
    }

    @Test
    void removingSomeoneWhoIsNoMemberIs404() {
        var crew = crew("public");
        assertError(api.post(memberPath(crew.teamId(), crew.outsider()) + "/remove", "", crew.owner().accessToken()),
                404, "NOT_FOUND");
        assertInvalidFields(api.post("/v1/teams/" + crew.teamId() + "/members/nope/remove", "",
                crew.owner().accessToken()), "userId");
    }

    @ParameterizedTest(name = "{0} makes {1} {2}: {3}")
    @CsvSource({
            "OWNER, MEMBER, admin, 200", "OWNER, ADMIN, member, 200", "ADMIN, MEMBER, moderator, 200",
            "ADMIN, MODERATOR, member, 200", "ADMIN, MEMBER, admin, 403", "ADMIN, ADMIN, member, 403",
            "MODERATOR, MEMBER, moderator, 403", "MEMBER, MODERATOR, member, 403", "ADMIN, OWNER, member, 403",
            "OWNER, MEMBER, owner, 400" })
    void changingRolesFollowsThePolicy(TeamRole actor, TeamRole target, String role, int status) {
        var crew = crew("public");
        var response = api.patch(memberPath(crew.teamId(), crew.as(target)) + "/role", body("role", role),
                crew.as(actor).accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.as(target)))
                .isEqualTo(status == 200 ? role : target.name().toLowerCase());
        if (status == 200) {
            assertThat(response.data().path("role").asString()).isEqualTo(role);
            assertThat(response.data().path("username").asString()).isEqualTo(crew.as(target).username());
        }
    }

    @Test
    void theLastOwnerCannotBeDemoted() {
        var crew = crew("public");
        assertError(api.patch(memberPath(crew.teamId(), crew.owner()) + "/role", body("role", "admin"),
                crew.owner().accessToken()), 409, "LAST_OWNER");
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.owner())).isEqualTo("owner");
    }

    @Test
    void refusesBadRoleBodies() {
        var crew = crew("public");
        var path = memberPath(crew.teamId(), crew.member()) + "/role";
        assertInvalidFields(api.patch(path, body("role", "boss"), crew.owner().accessToken()), "role");
        assertInvalidFields(api.patch(path, "{}", crew.owner().accessToken()), "role");
        assertInvalidFields(api.patch(path, body("role", "owner"), crew.owner().accessToken()), "role");
    }

    @Test
    void transfersOwnershipToAnotherMember() {
        var crew = crew("public");
        var path = "/v1/teams/" + crew.teamId() + "/transfer-ownership";
        assertError(api.post(path, body("userId", crew.moderator().id()), crew.admin().accessToken()), 403,
                "FORBIDDEN");
        assertError(api.post(path, body("userId", crew.outsider().id()), crew.owner().accessToken()), 404,
                "NOT_FOUND");
        assertInvalidFields(api.post(path, body("userId", "nope"), crew.owner().accessToken()), "userId");
        assertInvalidFields(api.post(path, "{}", crew.owner().accessToken()), "userId");
        assertInvalidFields(api.post(path, body("userId", crew.owner().id()), crew.owner().accessToken()), "userId");

        assertSuccess(api.post(path, body("userId", crew.moderator().id()), crew.owner().accessToken()), 200);

        assertThat(roleIn(crew.teamId(), crew.owner(), crew.moderator())).isEqualTo("owner");
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.owner())).isEqualTo("admin");
        // the new owner alone deletes now
        assertError(api.delete("/v1/teams/" + crew.teamId(), crew.owner().accessToken()), 403, "FORBIDDEN");
        assertSuccess(api.delete("/v1/teams/" + crew.teamId(), crew.moderator().accessToken()), 200);
    }

    @Test
    void unknownTeamsAndMembersAre404() {
        var anna = registerVerified();
        var team = UUID.randomUUID();
        assertError(api.get("/v1/teams/" + team + "/members", anna.accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/teams/" + team + "/leave", "", anna.accessToken()), 404, "NOT_FOUND");
    }
}
