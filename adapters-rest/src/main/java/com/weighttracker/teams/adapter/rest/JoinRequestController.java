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

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.teams.application.port.in.ManageJoinRequestsUseCase;
import com.weighttracker.teams.domain.JoinRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/teams/{teamId}/join-requests", produces = "application/json")
@Tag(name = "Team join requests", description = "Asking to join a private team, known by its id; the owner and "
        + "admins approve or reject (FR-3.2), the requester may withdraw it meanwhile. One pending request per user "
        + "and team.")
class JoinRequestController {

    private final ManageJoinRequestsUseCase requests;
    private final TeamsRestMapper mapper;

    JoinRequestController(ManageJoinRequestsUseCase requests, TeamsRestMapper mapper) {
        this.requests = requests;
        this.mapper = mapper;
    }

    @PostMapping
    @RequiresVerifiedEmail
    @Operation(operationId = "createJoinRequest", summary = "Ask to join a private team",
            description = "The body (a message) is optional. A public team is joined directly instead.")
    @ApiResponse(responseCode = "201", description = "Asked")
    @ApiResponse(responseCode = "409",
            description = "A public team, a member already, or a request pending already",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<TeamsResponses.TeamJoinRequest>> submit(@CurrentUser UserId me,
            @PathVariable String teamId,
            @RequestBody(required = false) TeamRequests.AskToJoin body) {
        var id = teamId(teamId);
        var request = mapper.toJoinRequest(requests.submit(me, id, body == null ? null : body.message()));
        return Envelope.created("/v1/teams/" + request.teamId() + "/join-requests/" + request.id(), request);
    }

    @GetMapping
    @Operation(operationId = "listJoinRequests", summary = "The team's join requests",
            description = "Owner and admins; pending ones unless status says otherwise, oldest first.")
    @ApiResponse(responseCode = "200", description = "A page of requests")
    @ApiResponse(responseCode = "403", description = "Your role may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TeamsResponses.TeamJoinRequest>> list(@CurrentUser UserId me, @PathVariable String teamId,
            @Parameter(schema = @Schema(allowableValues = { "pending", "approved", "rejected", "withdrawn" }))
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        var violations = new Violations();
        var id = violations.check("teamId", () -> teamId(teamId));
        var wanted = violations.check("status",
                () -> QueryParameters.enumValue("status", status, JoinRequest.Status.class));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        return Envelope.page(requests.list(me, id, wanted, pageRequest).map(mapper::toJoinRequest));
    }

    @PostMapping("/{requestId}/approve")
    @RequiresVerifiedEmail
    @Operation(operationId = "approveJoinRequest", summary = "Approve a join request",
            description = "The requester becomes a member, if the team has room.")
    @ApiResponse(responseCode = "200", description = "Approved")
    @ApiResponse(responseCode = "409",
            description = "Decided already, or the team is full (TEAM_FULL)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.TeamJoinRequest> approve(@CurrentUser UserId me, @PathVariable String teamId,
            @PathVariable String requestId) {
        var id = teamId(teamId);
        var request = QueryParameters.uuid("requestId", requestId);
        return Envelope.ok(mapper.toJoinRequest(requests.approve(me, id, request)));
    }

    @PostMapping("/{requestId}/reject")
    @RequiresVerifiedEmail
    @Operation(operationId = "rejectJoinRequest", summary = "Reject a join request")
    @ApiResponse(responseCode = "200", description = "Rejected")
    @ApiResponse(responseCode = "409", description = "Decided already",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.TeamJoinRequest> reject(@CurrentUser UserId me, @PathVariable String teamId,
            @PathVariable String requestId) {
        var id = teamId(teamId);
        return Envelope.ok(mapper.toJoinRequest(requests.reject(me, id, QueryParameters.uuid("requestId", requestId))));
    }

    @DeleteMapping("/{requestId}")
    @Operation(operationId = "withdrawJoinRequest", summary = "Withdraw my join request",
            description = "The requester takes back a pending request; it is kept as withdrawn, and they may ask "
                    + "again. Someone else's request is not found, like one that does not exist.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "404",
            description = "You have no such request for this team",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409",
            description = "Approved, rejected or withdrawn already",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.TeamJoinRequest> withdraw(@CurrentUser UserId me, @PathVariable String teamId,
            @PathVariable String requestId) {
        var violations = new Violations();
        var id = violations.check("teamId", () -> teamId(teamId));
        var request = violations.check("requestId", () -> QueryParameters.uuid("requestId", requestId));
        violations.throwIfAny();
        return Envelope.ok(mapper.toJoinRequest(requests.withdraw(me, id, request)));
    }
}
