package com.weighttracker.teams.adapter.rest;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
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
@Tag(name = "Team join requests")
class MyJoinRequestsController {

    private final ManageJoinRequestsUseCase requests;
    private final TeamsRestMapper mapper;

    MyJoinRequestsController(ManageJoinRequestsUseCase requests, TeamsRestMapper mapper) {
        this.requests = requests;
        this.mapper = mapper;
    }

    @GetMapping(path = "/v1/users/me/join-requests", produces = "application/json")
    @Operation(operationId = "listMyJoinRequests", summary = "My join requests",
            description = "The requests I made, across teams, newest first; all of them unless status says "
                    + "which. Of each team only its id and name.")
    @ApiResponse(responseCode = "200", description = "A page of requests")
    @ApiResponse(responseCode = "400",
            description = "A bad status, page or limit",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TeamsResponses.OwnJoinRequest>> mine(@CurrentUser UserId me,
            @Parameter(schema = @Schema(allowableValues = { "pending", "approved", "rejected", "withdrawn" }))
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        var violations = new Violations();
        var wanted = violations.check("status",
                () -> QueryParameters.enumValue("status", status, JoinRequest.Status.class));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        return Envelope.page(requests.mine(me, wanted, pageRequest).map(mapper::toOwnJoinRequest));
    }
}
