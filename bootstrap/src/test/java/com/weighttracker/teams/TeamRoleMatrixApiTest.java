package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestUser;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamPolicy;

/**
 * The role policy over HTTP: every management endpoint, called by each role (and by a non-member
 * of the public team), answers as {@link TeamPolicy} says, and refuses with 403 without changing anything.
 */
class TeamRoleMatrixApiTest extends TeamsApiTest {

    @ParameterizedTest(name = "as {0}")
    @EnumSource(TeamRole.class)
    void managementEndpointsFollowThePolicy(TeamRole role) {
        var crew = crew("public");
        var actor = crew.as(role);
        var victim = registerVerified();
        addMember(crew.teamId(), crew.owner(), victim);
        var team = "/v1/teams/" + crew.teamId();

        var calls = new LinkedHashMap<TeamAction, Supplier<Api.Response>>();
        calls.put(TeamAction.EDIT_TEAM, () -> api.patch(team, body("description", "by " + role), actor.accessToken()));
        calls.put(TeamAction.MANAGE_INVITE_CODES, () -> api.post(team + "/invite-codes", "{}", actor.accessToken()));
        calls.put(TeamAction.DECIDE_JOIN_REQUESTS, () -> api.get(team + "/join-requests", actor.accessToken()));
        calls.put(TeamAction.CHANGE_ROLE, () -> api.patch(memberPath(crew.teamId(), victim) + "/role",
                body("role", "moderator"), actor.accessToken()));
        calls.put(TeamAction.REMOVE_MEMBER, () -> api.post(memberPath(crew.teamId(), victim) + "/remove", "",
                actor.accessToken()));
        calls.forEach((action, call) -> {
            var response = call.get();
            var allowed = TeamPolicy.allows(role, action);
            assertThat(response.status()).as(role + " " + action + ": " + response)
                    .isIn(allowed ? new Integer[] { 200, 201 } : new Integer[] { 403 });
        });
        assertThat(api.get(team + "/invite-codes", actor.accessToken()).status())
                .isEqualTo(TeamPolicy.allows(role, TeamAction.MANAGE_INVITE_CODES) ? 200 : 403);
        assertThat(api.send(multipart(team + "/avatar", actor.accessToken(), "PUT", png())).status())
                .isEqualTo(TeamPolicy.allows(role, TeamAction.EDIT_TEAM) ? 200 : 403);
        assertThat(api.delete(team + "/avatar", actor.accessToken()).status())
                .isEqualTo(TeamPolicy.allows(role, TeamAction.EDIT_TEAM) ? 200 : 403);
        assertThat(roleIn(crew.teamId(), crew.owner(), victim))
                .isEqualTo(TeamPolicy.allows(role, TeamAction.REMOVE_MEMBER) ? null : "member");

        if (role != TeamRole.OWNER) {
            assertDeniedOwnerActions(crew, actor);
        } else {
            assertSuccess(api.delete(team, actor.accessToken()), 200);
        }
    }

    @ParameterizedTest(name = "a non-member of a {0} team")
    @EnumSource(value = TeamVisibility.class)
    void nonMembersManageNothing(TeamVisibility visibility) {
        var crew = crew(visibility.name().toLowerCase());
        var outsider = crew.outsider();
        var team = "/v1/teams/" + crew.teamId();
        var status = visibility == TeamVisibility.PUBLIC ? 403 : 404;
        Map<String, Api.Response> responses = new LinkedHashMap<>();
        responses.put("edit", api.patch(team, body("description", "x"), outsider.accessToken()));
        responses.put("delete", api.delete(team, outsider.accessToken()));
        responses.put("codes", api.post(team + "/invite-codes", "{}", outsider.accessToken()));
        responses.put("list codes", api.get(team + "/invite-codes", outsider.accessToken()));
        responses.put("requests", api.get(team + "/join-requests", outsider.accessToken()));
        responses.put("role", api.patch(memberPath(crew.teamId(), crew.member()) + "/role", body("role", "admin"),
                outsider.accessToken()));
        responses.put("remove", api.post(memberPath(crew.teamId(), crew.member()) + "/remove", "",
                outsider.accessToken()));
        responses.put("transfer", api.post(team + "/transfer-ownership", body("userId", outsider.id()),
                outsider.accessToken()));
        responses.put("avatar", api.send(multipart(team + "/avatar", outsider.accessToken(), "PUT", png())));
        responses.forEach((name, response) -> assertThat(response.status()).as(name + ": " + response)
                .isEqualTo(status));
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.member())).isEqualTo("member");
    }

    private void assertDeniedOwnerActions(Crew crew, TestUser actor) {
        var team = "/v1/teams/" + crew.teamId();
        assertError(api.post(team + "/transfer-ownership", body("userId", actor.id()), actor.accessToken()), 403,
                "FORBIDDEN");
        assertError(api.delete(team, actor.accessToken()), 403, "FORBIDDEN");
        assertSuccess(api.get(team, actor.accessToken()), 200);
        assertThat(roleIn(crew.teamId(), crew.owner(), crew.owner())).isEqualTo("owner");
    }
}
