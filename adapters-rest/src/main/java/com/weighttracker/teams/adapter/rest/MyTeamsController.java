package com.weighttracker.teams.adapter.rest;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.ManageTeamsUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Teams")
class MyTeamsController {

    private final ManageTeamsUseCase teams;
    private final TeamsRestMapper mapper;

    MyTeamsController(ManageTeamsUseCase teams, TeamsRestMapper mapper) {
        this.teams = teams;
        this.mapper = mapper;
    }

    @GetMapping(path = "/v1/users/me/teams", produces = "application/json")
    @Operation(operationId = "listMyTeams", summary = "The teams I am a member of",
            description = "The most recently joined first, with my role in each.")
    @ApiResponse(responseCode = "200", description = "A page of teams")
    @ApiResponse(responseCode = "400", description = "A bad page or limit",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TeamsResponses.Team>> mine(@CurrentUser UserId me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        return Envelope.page(teams.mine(me, PageRequest.of(page, limit)).map(mapper::toTeam));
    }
}
