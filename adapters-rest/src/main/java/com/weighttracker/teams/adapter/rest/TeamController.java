package com.weighttracker.teams.adapter.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import com.weighttracker.teams.application.port.in.ManageTeamsUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/teams", produces = "application/json")
@Tag(name = "Teams", description = "Teams with a unique name, public or private, up to 200 members (FR-3.1, FR-3.2). "
        + "A private team does not exist (404) for anyone but its members.")
class TeamController {

    private final ManageTeamsUseCase teams;
    private final TeamsRestMapper mapper;

    TeamController(ManageTeamsUseCase teams, TeamsRestMapper mapper) {
        this.teams = teams;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "browseTeams", summary = "Browse and search public teams",
            description = "Public teams by name; q finds teams whose name or description contains it (any case).")
    @ApiResponse(responseCode = "200", description = "A page of teams")
    @ApiResponse(responseCode = "400", description = "A bad page, limit or q",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TeamsResponses.Team>> browse(@CurrentUser UserId me,
            @Parameter(description = "search text, at most 100 characters") @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        return Envelope.page(teams.browse(me, q, PageRequest.of(page, limit)).map(mapper::toTeam));
    }

    @PostMapping(consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "createTeam", summary = "Create a team", description = "You become its owner.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "409",
            description = "The name is taken, in any case (CONFLICT)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<TeamsResponses.Team>> create(@CurrentUser UserId me,
            @RequestBody TeamRequests.CreateTeam body) {
        var team = mapper.toTeam(teams.create(me, body.toCommand()));
        return Envelope.created("/v1/teams/" + team.id(), team);
    }

    @GetMapping("/{teamId}")
    @Operation(operationId = "getTeam", summary = "One team")
    @ApiResponse(responseCode = "200", description = "The team")
    @ApiResponse(responseCode = "404",
            description = "No such team, or a private one you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.Team> get(@CurrentUser UserId me, @PathVariable String teamId) {
        return Envelope.ok(mapper.toTeam(teams.get(me, teamId(teamId))));
    }

    @PatchMapping(path = "/{teamId}", consumes = { "application/json", "application/merge-patch+json" })
    @RequiresVerifiedEmail
    @Operation(operationId = "updateTeam", summary = "Edit a team (JSON merge patch)",
            description = "Owner and admins. The member limit cannot go below the current member count.")
    @ApiResponse(responseCode = "200", description = "The edited team")
    @ApiResponse(responseCode = "403", description = "Your role may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "The name is taken",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.Team> edit(@CurrentUser UserId me, @PathVariable String teamId,
            @RequestBody EditTeamRequest body) {
        return Envelope.ok(mapper.toTeam(teams.edit(me, teamId(teamId), body.toChanges())));
    }

    @DeleteMapping("/{teamId}")
    @RequiresVerifiedEmail
    @Operation(operationId = "deleteTeam", summary = "Delete a team", description = "The owner alone.")
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "You are not the owner",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Deleted> delete(@CurrentUser UserId me, @PathVariable String teamId) {
        var id = teamId(teamId);
        teams.delete(me, id);
        return Envelope.ok(new Deleted(id));
    }

    record Deleted(UUID id) {
    }

    static UUID teamId(String value) {
        return QueryParameters.uuid("teamId", value);
    }
}
