package com.weighttracker.teams;

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
import com.weighttracker.teams.application.port.in.CreateTeamCommand;
import com.weighttracker.teams.application.port.in.ForgetMemberUseCase;
import com.weighttracker.teams.application.port.in.JoinTeamUseCase;
import com.weighttracker.teams.application.port.in.ManageMembersUseCase;
import com.weighttracker.teams.application.port.in.ManageTeamsUseCase;

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
    @Autowired
    private ManageTeamsUseCase teams;
    @Autowired
    private JoinTeamUseCase joining;
    @Autowired
    private ManageMembersUseCase members;
    @Autowired
    private ForgetMemberUseCase forget;

    private static UserId id(TestUser user) {
        return UserId.of(user.id());
    }

    @Test
    void creatingATeamPublishesTeamCreated(Scenario scenario) {
        var anna = registerVerified();
        var name = uniqueName("Created");

        scenario.stimulate(() -> teams.create(id(anna), new CreateTeamCommand(name, null, TeamVisibility.PRIVATE,
                null)))
                .andWaitForEventOfType(TeamCreated.class)
                .matchingMappedValue(TeamCreated::name, name)
                .toArriveAndVerify((event, team) -> assertThat(event).isEqualTo(new TeamCreated(team.id(), name,
                        TeamVisibility.PRIVATE, id(anna))));
    }

    @Test
    void joiningLeavingAndRemovingPublishMembershipEvents(Scenario scenario) {
        var owner = registerVerified();
        var teamId = createTeam(owner, "public", null);
        var team = UUID.fromString(teamId);
        var bob = registerVerified();
        var carol = registerVerified();

        scenario.stimulate(() -> joining.join(id(bob), team))
                .andWaitForEventOfType(MemberJoinedTeam.class)
                .matchingMappedValue(MemberJoinedTeam::userId, id(bob))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberJoinedTeam(team, id(bob), TeamRole.MEMBER)));
        scenario.stimulate(() -> joining.leave(id(bob), team))
                .andWaitForEventOfType(MemberLeftTeam.class)
                .matchingMappedValue(MemberLeftTeam::userId, id(bob))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberLeftTeam(team, id(bob), MemberLeftTeam.Reason.LEFT)));
        assertSuccess(api.post("/v1/teams/" + teamId + "/join", "", carol.accessToken()), 200);
        scenario.stimulate(() -> members.remove(id(owner), team, id(carol).value()))
                .andWaitForEventOfType(MemberLeftTeam.class)
                .matchingMappedValue(MemberLeftTeam::userId, id(carol))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberLeftTeam(team, id(carol), MemberLeftTeam.Reason.REMOVED)));
    }

    @Test
    void roleChangesAndTransfersPublishMemberRoleChanged(Scenario scenario) {
        var crew = crew("public");
        var team = UUID.fromString(crew.teamId());

        scenario.stimulate(() -> members.changeRole(id(crew.admin()), team, id(crew.member()).value(),
                TeamRole.MODERATOR))
                .andWaitForEventOfType(MemberRoleChanged.class)
                .matchingMappedValue(MemberRoleChanged::userId, id(crew.member()))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberRoleChanged(team, id(crew.member()), TeamRole.MEMBER, TeamRole.MODERATOR)));
        scenario.stimulate(() -> members.transferOwnership(id(crew.owner()), team, id(crew.admin()).value()))
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

        scenario.stimulate(() -> teams.delete(id(crew.owner()), team))
                .andWaitForEventOfType(TeamDeleted.class)
                .matchingMappedValue(TeamDeleted::teamId, team)
                .toArriveAndVerify(event -> assertThat(event.formerMembers()).containsExactlyInAnyOrder(
                        id(crew.owner()), id(crew.admin()), id(crew.moderator()), id(crew.member())));
        assertThat(membership.memberIds(team)).isEmpty();
        assertThat(membership.teamsOf(id(crew.member()))).doesNotContain(team);
    }

    @Test
    void aForgottenOwnerHandsTheTeamToTheLongestStandingOfTheHighestRole(Scenario scenario) {
        var crew = crew("public");
        var team = UUID.fromString(crew.teamId());
        var laterAdmin = registerVerified();
        addMember(crew.teamId(), crew.owner(), laterAdmin);
        setRole(crew.teamId(), crew.owner(), laterAdmin, "admin");

        scenario.stimulate(() -> forget.forget(id(crew.owner())))
                .andWaitForEventOfType(MemberRoleChanged.class)
                .matchingMappedValue(MemberRoleChanged::teamId, team)
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberRoleChanged(team, id(crew.admin()), TeamRole.ADMIN, TeamRole.OWNER)));

        assertThat(membership.roleOf(team, id(crew.admin()))).contains(TeamRole.OWNER);
        assertThat(membership.roleOf(team, id(laterAdmin))).contains(TeamRole.ADMIN);
        assertThat(membership.memberIds(team)).hasSize(4).doesNotContain(id(crew.owner()));
        var inherited = assertSuccess(api.get("/v1/teams/" + crew.teamId(), crew.admin().accessToken()), 200);
        assertThat(inherited.path("memberCount").asInt()).isEqualTo(4);
        assertThat(inherited.path("myRole").asString()).isEqualTo("owner");
    }

    @Test
    void aForgottenMemberLeavesWithMemberLeftTeam(Scenario scenario) {
        var crew = crew("public");
        var team = UUID.fromString(crew.teamId());

        scenario.stimulate(() -> forget.forget(id(crew.moderator())))
                .andWaitForEventOfType(MemberLeftTeam.class)
                .matchingMappedValue(MemberLeftTeam::userId, id(crew.moderator()))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new MemberLeftTeam(team, id(crew.moderator()), MemberLeftTeam.Reason.LEFT)));
    }

    @Test
    void aTeamWhoseOnlyMemberIsForgottenEndsWithTeamDeleted(Scenario scenario) {
        var anna = registerVerified();
        var team = UUID.fromString(createTeam(anna, "public", null));

        scenario.stimulate(() -> forget.forget(id(anna)))
                .andWaitForEventOfType(TeamDeleted.class)
                .matchingMappedValue(TeamDeleted::teamId, team)
                .toArriveAndVerify(event -> assertThat(event.formerMembers()).containsExactly(id(anna)));
        assertThat(membership.visibilityOf(team)).isEmpty();
    }

    @Test
    void aPurgedUserLeavesEveryTeamAndTheirJoinRequestsGo(Scenario scenario) {
        var crew = crew("public");
        var team = UUID.fromString(crew.teamId());
        var alone = UUID.fromString(createTeam(crew.owner(), "private", null));
        var requestedOwner = registerVerified();
        var requested = createTeam(requestedOwner, "private", null);
        assertSuccess(api.post("/v1/teams/" + requested + "/join-requests", "{}", crew.owner().accessToken()), 201);
        purgeAccountOf(crew.owner());

        scenario.stimulate(() -> purge.purgeDue())
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> membership.teamsOf(id(crew.owner())).isEmpty()
                        && membership.visibilityOf(alone).isEmpty(), Boolean::booleanValue)
                .andVerify(done -> {
                    assertThat(membership.roleOf(team, id(crew.admin()))).contains(TeamRole.OWNER);
                    assertThat(membership.memberIds(team)).hasSize(3);
                });
        var owner = logIn(requestedOwner);
        assertThat(assertSuccess(api.get("/v1/teams/" + requested + "/join-requests", owner.accessToken()), 200))
                .isEmpty();
    }

    private void purgeAccountOf(TestUser user) {
        assertSuccess(api.delete("/v1/users/me", user.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
    }
}
