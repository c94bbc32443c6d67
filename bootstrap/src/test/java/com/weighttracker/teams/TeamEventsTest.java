package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.TestUser;

/**
 * What teams publish (messaging keeps team chats in step from these, FR-4.2.3), and how a purged
 * user leaves their teams: ownership passes on, or the team ends.
 */
@EnableScenarios
class TeamEventsTest extends TeamsApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private PurgeDeletedAccountsUseCase purge;
    @Autowired
    private TeamMembership membership;

    private static UserId id(TestUser user) {
        return UserId.of(user.id());
    }

    @Test
    void creatingATeamPublishesTeamCreated(Scenario scenario) {
        var anna = registerVerified();
        var name = uniqueName("Created");

        scenario.stimulate(() -> api.post("/v1/teams", body("name", name, "visibility", "private"), anna.accessToken()))
                .andWaitForEventOfType(TeamCreated.class)
                .matchingMappedValue(TeamCreated::name, name)
                .toArriveAndVerify((event, response) -> assertThat(event).isEqualTo(new TeamCreated(
                        UUID.fromString(response.data().path("id").asString()), name, TeamVisibility.PRIVATE,
                        id(anna))));
    }

    @Test
    void joiningLeavingAndRemovingPublishMembershipEvents(Scenario scenario) {
        var owner = registerVerified();
        var teamId = createTeam(owner, "public", null);
        var team = UUID.fromString(teamId);
        var bob = registerVerified();
        var carol = registerVerified();

        scenario.stimulate(() -> api.post("/v1/teams/" + teamId + "/join", "", bob.accessToken()))
                .andWaitForEventOfType(MemberJoinedTeam.class)
                .matchingMappedValue(MemberJoinedTeam::userId, id(bob))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberJoinedTeam(team, id(bob), TeamRole.MEMBER)));
        scenario.stimulate(() -> api.post("/v1/teams/" + teamId + "/leave", "", bob.accessToken()))
                .andWaitForEventOfType(MemberLeftTeam.class)
                .matchingMappedValue(MemberLeftTeam::userId, id(bob))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberLeftTeam(team, id(bob), MemberLeftTeam.Reason.LEFT)));
        assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", carol.accessToken()), 200);
        scenario.stimulate(() -> api.post(memberPath(teamId, carol) + "/remove", "", owner.accessToken()))
                .andWaitForEventOfType(MemberLeftTeam.class)
                .matchingMappedValue(MemberLeftTeam::userId, id(carol))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberLeftTeam(team, id(carol), MemberLeftTeam.Reason.REMOVED)));
    }

    @Test
    void roleChangesAndTransfersPublishMemberRoleChanged(Scenario scenario) {
        var crew = crew("public");
        var team = UUID.fromString(crew.teamId());

        scenario.stimulate(() -> api.patch(memberPath(crew.teamId(), crew.member()) + "/role",
                body("role", "moderator"), crew.admin().accessToken()))
                .andWaitForEventOfType(MemberRoleChanged.class)
                .matchingMappedValue(MemberRoleChanged::userId, id(crew.member()))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberRoleChanged(team, id(crew.member()), TeamRole.MEMBER, TeamRole.MODERATOR)));
        scenario.stimulate(() -> api.post("/v1/teams/" + crew.teamId() + "/transfer-ownership",
                body("userId", crew.admin().id()), crew.owner().accessToken()))
                .andWaitForEventOfType(MemberRoleChanged.class)
                .matching(event -> event.userId().equals(id(crew.owner())) && event.teamId().equals(team))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberRoleChanged(team, id(crew.owner()), TeamRole.OWNER, TeamRole.ADMIN)));
        assertThat(membership.roleOf(team, id(crew.admin()))).contains(TeamRole.OWNER);
    }

    @Test
    void deletingATeamPublishesTeamDeletedWithItsFormerMembers(Scenario scenario) {
        var crew = crew("private");
        var team = UUID.fromString(crew.teamId());
        assertThat(membership.memberIds(team)).hasSize(4);
        assertThat(membership.visibilityOf(team)).contains(TeamVisibility.PRIVATE);

        scenario.stimulate(() -> api.delete("/v1/teams/" + crew.teamId(), crew.owner().accessToken()))
                .andWaitForEventOfType(TeamDeleted.class)
                .matchingMappedValue(TeamDeleted::teamId, team)
                .toArriveAndVerify(event -> assertThat(event.formerMembers()).containsExactlyInAnyOrder(
                        id(crew.owner()), id(crew.admin()), id(crew.moderator()), id(crew.member())));
        assertThat(membership.memberIds(team)).isEmpty();
        assertThat(membership.teamsOf(id(crew.member()))).doesNotContain(team);
    }

    @Test
    void aPurgedOwnerHandsTheTeamToTheLongestStandingOfTheHighestRole(Scenario scenario) {
        var crew = crew("public");
        var team = UUID.fromString(crew.teamId());
        var laterAdmin = registerVerified();
        addMember(crew.teamId(), crew.owner(), laterAdmin);
        setRole(crew.teamId(), crew.owner(), laterAdmin, "admin");
        var requestedOwner = registerVerified();
        var requested = createTeam(requestedOwner, "private", null);
        assertSuccess(api.post("/v1/teams/" + requested + "/join-requests", "{}", crew.owner().accessToken()), 201);
        purgeAccountOf(crew.owner());

        scenario.stimulate(() -> purge.purgeDue())
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(MemberLeftTeam.class)
                .matchingMappedValue(MemberLeftTeam::userId, id(crew.owner()))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberLeftTeam(team, id(crew.owner()), MemberLeftTeam.Reason.LEFT)));
        // the event is seen when published; the listener's transaction commits a moment later
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(membership.memberIds(team)).hasSize(4).doesNotContain(id(crew.owner()));
            assertThat(membership.roleOf(team, id(crew.admin()))).contains(TeamRole.OWNER);
            assertThat(membership.roleOf(team, id(laterAdmin))).contains(TeamRole.ADMIN);
        });
        var inherited = assertSuccess(api.get("/v1/teams/" + crew.teamId(), crew.admin().accessToken()), 200);
        assertThat(inherited.path("memberCount").asInt()).isEqualTo(4);
        assertThat(inherited.path("myRole").asString()).isEqualTo("owner");
        assertThat(assertSuccess(api.get("/v1/teams/" + requested + "/join-requests", requestedOwner.accessToken()),
                200)).isEmpty();
    }

    @Test
    void aTeamWhoseOnlyMemberIsPurgedEnds(Scenario scenario) {
        var anna = registerVerified();
        var team = UUID.fromString(createTeam(anna, "public", null));
        purgeAccountOf(anna);

        scenario.stimulate(() -> purge.purgeDue())
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(TeamDeleted.class)
                .matchingMappedValue(TeamDeleted::teamId, team)
                .toArriveAndVerify(event -> assertThat(event.formerMembers()).containsExactly(id(anna)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(membership.visibilityOf(team)).isEmpty());
    }

    private void purgeAccountOf(TestUser user) {
        assertSuccess(api.delete("/v1/users/me", user.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
    }
}
