package com.weighttracker.teams.adapter.rest;

import static com.weighttracker.teams.adapter.rest.TeamController.teamId;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.JoinTeamUseCase;
import com.weighttracker.teams.application.port.in.ManageInviteCodesUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/teams", produces = "application/json")
@Tag(name = "Team invite codes", description = "Random 16-character codes (80 bits) that let anyone who has one "
        + "join, also a private team: valid for a week unless set otherwise (at most 30 days), optionally for a "
        + "number of uses, revocable. Owner and admins manage them.")
class InviteCodeController {

    private final ManageInviteCodesUseCase codes;
    private final JoinTeamUseCase joining;
    private final TeamsRestMapper mapper;

    InviteCodeController(ManageInviteCodesUseCase codes, JoinTeamUseCase joining, TeamsRestMapper mapper) {
        this.codes = codes;
        this.joining = joining;
        this.mapper = mapper;
    }

    @PostMapping("/{teamId}/invite-codes")
    @RequiresVerifiedEmail
    @Operation(operationId = "createInviteCode", summary = "Create an invite code",
            description = "The body is optional. At most 20 active codes per team.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "403", description = "Your role may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<TeamsResponses.InviteCode>> issue(@CurrentUser UserId me, @PathVariable String teamId,
            @RequestBody(required = false) TeamRequests.IssueInviteCode body) {
        var id = teamId(teamId);
        var request = body == null ? new TeamRequests.IssueInviteCode(null, null) : body;
        var code = mapper.toInviteCode(codes.issue(me, id, request.validHours(), request.maxUses()));
        return Envelope.created("/v1/teams/" + code.teamId() + "/invite-codes/" + code.code(), code);
    }

    @GetMapping("/{teamId}/invite-codes")
    @Operation(operationId = "listInviteCodes", summary = "The team's invite codes",
            description = "Newest first, active or not.")
    @ApiResponse(responseCode = "200", description = "A page of codes")
    @ApiResponse(responseCode = "403", description = "Your role may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TeamsResponses.InviteCode>> list(@CurrentUser UserId me, @PathVariable String teamId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        var id = teamId(teamId);
        return Envelope.page(codes.list(me, id, PageRequest.of(page, limit)).map(mapper::toInviteCode));
    }

    @DeleteMapping("/{teamId}/invite-codes/{code}")
    @RequiresVerifiedEmail
    @Operation(operationId = "revokeInviteCode", summary = "Revoke an invite code")
    @ApiResponse(responseCode = "200", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such code of the team",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Revoked> revoke(@CurrentUser UserId me, @PathVariable String teamId, @PathVariable String code) {
        var id = teamId(teamId);
        codes.revoke(me, id, code);
        return Envelope.ok(new Revoked(code));
    }

    @PostMapping(path = "/join-with-code", consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "joinTeamWithCode", summary = "Join a team with an invite code")
    @ApiResponse(responseCode = "200", description = "Joined; the team")
    @ApiResponse(responseCode = "404",
            description = "The code is unknown, expired, revoked or used up",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409",
            description = "The team is full (TEAM_FULL) or you are a member already (ALREADY_MEMBER)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.Team> joinWithCode(@CurrentUser UserId me, @RequestBody TeamRequests.JoinWithCode body) {
        if (body.code() == null || body.code().isBlank()) {
            throw InvalidInput.of("code", "code is required");
        }
        return Envelope.ok(mapper.toTeam(joining.joinWithCode(me, body.code())));
    }

    record Revoked(String code) {
    }
}
