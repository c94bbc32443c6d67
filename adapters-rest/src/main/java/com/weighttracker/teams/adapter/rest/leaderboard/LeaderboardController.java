package com.weighttracker.teams.adapter.rest.leaderboard;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.Meta;
import com.weighttracker.platform.adapter.rest.Pagination;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardRequest;
import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardSort;
import com.weighttracker.teams.application.port.in.leaderboard.ViewLeaderboardUseCase;
import com.weighttracker.teams.domain.LeaderboardPeriod;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A team's leaderboard (FR-3.4, ADR 0014). */
@RestController
@RequestMapping(path = "/v1/teams/{teamId}", produces = "application/json")
@Tag(name = "Team leaderboards", description = "Trend-based leaderboards and analytics of a team; private weights stay private.")
class LeaderboardController {

    private static final Map<String, LeaderboardSort> SORTS = Map.of("totalLost", LeaderboardSort.TOTAL_LOST,
            "percentLost", LeaderboardSort.PERCENT_LOST, "streak", LeaderboardSort.STREAK, "points",
            LeaderboardSort.POINTS);

    private final ViewLeaderboardUseCase leaderboards;
    private final LeaderboardRestMapper mapper;

    LeaderboardController(ViewLeaderboardUseCase leaderboards, LeaderboardRestMapper mapper) {
        this.leaderboards = leaderboards;
        this.mapper = mapper;
    }

    @GetMapping("/leaderboard")
    @Operation(operationId = "getTeamLeaderboard", summary = "A team's leaderboard",
            description = "Members ranked by the trend's fall over the period (total or %), their streak of "
                    + "consecutive local days with a weigh-in, or points earned with achievements and challenges won "
                    + "(as old as the cached board, at most 5 minutes). "
                    + "week and month are the last 7 and 30 days, all is since the team was created (at most "
                    + "about two years). Equal figures share a rank. Members without a weigh-in in the period "
                    + "come last, unranked. A member who keeps their weights private shows % lost and rank only, "
                    + "to everyone, and ranks by total lost after the members who show theirs. Members see "
                    + "a private team's board; anyone signed in sees a public team's.")
    @ApiResponse(responseCode = "200", description = "A page of the board")
    @ApiResponse(responseCode = "400",
            description = "Unknown sortBy, period or unit, or a bad page (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404",
            description = "No such team, or a private team you are not in (NOT_FOUND)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<LeaderboardResponses.Leaderboard> leaderboard(@CurrentUser UserId me, @PathVariable String teamId,
            @Parameter(schema = @Schema(allowableValues = { "totalLost", "percentLost", "streak", "points" },
                    defaultValue = "percentLost")) @RequestParam(required = false) String sortBy,
            @Parameter(schema = @Schema(allowableValues = { "week", "month", "all" }, defaultValue = "week"))
            @RequestParam(required = false) String period,
            @Parameter(description = "the preferred unit when absent", schema = @Schema(allowableValues = { "kg",
                    "lb", "st" })) @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        var violations = new Violations();
        var team = violations.check("teamId", () -> QueryParameters.uuid("teamId", teamId));
        var sort = violations.check("sortBy", () -> sortOf(sortBy));
        var leaderboardPeriod = violations.check("period",
                () -> QueryParameters.enumValue("period", period, LeaderboardPeriod.class));
        var displayUnit = violations.check("unit", () -> QueryParameters.enumValue("unit", unit, MassUnit.class));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        var view = leaderboards.leaderboard(
                new LeaderboardRequest(team, me, sort, leaderboardPeriod, displayUnit, pageRequest));
        var entries = view.entries();
        return new Envelope<>(true, mapper.toLeaderboard(view),
                Pagination.of(entries.request().page(), entries.request().limit(), entries.totalItems()), Meta.now());
    }

    private static LeaderboardSort sortOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var sort = SORTS.get(value.strip());
        if (sort == null) {
            throw InvalidInput.of("sortBy", "sortBy must be one of: totalLost, percentLost, streak, points");
        }
        return sort;
    }

    static String nameOf(LeaderboardSort sort) {
        return SORTS.entrySet().stream().filter(entry -> entry.getValue() == sort).findFirst().orElseThrow().getKey();
    }
}
