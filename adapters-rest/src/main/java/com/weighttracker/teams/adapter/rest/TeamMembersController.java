package com.weighttracker.teams.adapter.rest;

import static com.weighttracker.teams.adapter.rest.TeamController.teamId;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.JoinTeamUseCase;
import com.weighttracker.teams.application.port.in.ManageMembersUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/teams/{teamId}", produces = "application/json")
@Tag(name = "Team members", description = "Joining, leaving and the roles owner, admin, moderator and member "
        + "(FR-3.3). Removing a member or changing a role needs a higher role than theirs.")
class TeamMembersController {

    private final JoinTeamUseCase joining;
    private final ManageMembersUseCase members;
    private final TeamsRestMapper mapper;

    TeamMembersController(JoinTeamUseCase joining, ManageMembersUseCase members, TeamsRestMapper mapper) {
        this.joining = joining;
        this.members = members;
        this.mapper = mapper;
    }

    @PostMapping("/join")
    @RequiresVerifiedEmail
    @Operation(operationId = "joinTeam", summary = "Join a public team",
            description = "A private team is joined with an invite code or an approved join request.")
    @ApiResponse(responseCode = "200", description = "Joined; the team")
    @ApiResponse(responseCode = "409",
            description = "The team is full (TEAM_FULL) or you are a member already (ALREADY_MEMBER)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.Team> join(@CurrentUser UserId me, @PathVariable String teamId) {
        return Envelope.ok(mapper.toTeam(joining.join(me, teamId(teamId))));
    }

    @PostMapping("/leave")
    @RequiresVerifiedEmail
    @Operation(operationId = "leaveTeam", summary = "Leave a team",
            description = "The owner transfers ownership first (or deletes the team).")
    @ApiResponse(responseCode = "200", description = "Left")
    @ApiResponse(responseCode = "409",
            description = "You are the owner (OWNER_CANNOT_LEAVE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Left> leave(@CurrentUser UserId me, @PathVariable String teamId) {
        var id = teamId(teamId);
        joining.leave(me, id);
        return Envelope.ok(new Left(id, me.value()));
    }

    @GetMapping("/members")
    @Operation(operationId = "listTeamMembers", summary = "The members of a team",
            description = "Owner first, then by role and seniority. Names and roles only, never weights.")
    @ApiResponse(responseCode = "200", description = "A page of members")
    @ApiResponse(responseCode = "404",
            description = "No such team, or a private one you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TeamsResponses.Member>> members(@CurrentUser UserId me, @PathVariable String teamId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        var id = teamId(teamId);
        return Envelope.page(members.members(me, id, PageRequest.of(page, limit)).map(mapper::toMember));
    }

    @PostMapping("/members/{userId}/remove")
    @RequiresVerifiedEmail
    @Operation(operationId = "removeTeamMember", summary = "Remove a member",
            description = "Owner and admins, from members of a lower role.")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "403",
            description = "Your role may not, or theirs is not lower",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Left> remove(@CurrentUser UserId me, @PathVariable String teamId, @PathVariable String userId) {
        var team = teamId(teamId);
        var member = QueryParameters.uuid("userId", userId);
        members.remove(me, team, member);
        return Envelope.ok(new Left(team, member));
    }

    @PatchMapping(path = "/members/{userId}/role", consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "changeTeamMemberRole", summary = "Promote or demote a member",
            description = "Owner and admins, to a role below their own, of members of a lower role. Nobody becomes "
                    + "owner this way and the owner is never demoted: see transfer-ownership.")
    @ApiResponse(responseCode = "200", description = "The member")
    @ApiResponse(responseCode = "403",
            description = "Your role may not, or theirs is not lower",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409",
            description = "The owner cannot demote themselves (LAST_OWNER)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.Member> changeRole(@CurrentUser UserId me, @PathVariable String teamId,
            @PathVariable String userId, @RequestBody TeamRequests.ChangeRole body) {
        var team = teamId(teamId);
        var member = QueryParameters.uuid("userId", userId);
        if (body.role() == null) {
            throw InvalidInput.of("role", "role is required");
        }
        return Envelope.ok(mapper.toMember(members.changeRole(me, team, member, body.role())));
    }

    @PostMapping(path = "/transfer-ownership", consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "transferTeamOwnership", summary = "Hand the team to another member",
            description = "The owner alone; they become an admin.")
    @ApiResponse(responseCode = "200", description = "Transferred")
    @ApiResponse(responseCode = "403", description = "You are not the owner",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Transferred> transferOwnership(@CurrentUser UserId me, @PathVariable String teamId,
            @RequestBody TeamRequests.TransferOwnership body) {
        var team = teamId(teamId);
        if (body.userId() == null || body.userId().isBlank()) {
            throw InvalidInput.of("userId", "userId is required");
        }
        var successor = QueryParameters.uuid("userId", body.userId());
        members.transferOwnership(me, team, successor);
        return Envelope.ok(new Transferred(team, successor));
    }

    record Left(UUID teamId, UUID userId) {
    }

    record Transferred(UUID teamId, UUID ownerId) {
    }
}
