package com.weighttracker.teams.adapter.rest.leaderboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.teams.application.port.in.leaderboard.ViewTeamAnalyticsUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Team analytics for owners and admins (FR-7.2). */
@RestController
@RequestMapping(path = "/v1/teams/{teamId}", produces = "application/json")
@Tag(name = "Team leaderboards")
class TeamAnalyticsController {

    private final ViewTeamAnalyticsUseCase analytics;
    private final LeaderboardRestMapper mapper;

    TeamAnalyticsController(ViewTeamAnalyticsUseCase analytics, LeaderboardRestMapper mapper) {
        this.analytics = analytics;
        this.mapper = mapper;
    }

    @GetMapping("/analytics")
    @Operation(operationId = "getTeamAnalytics", summary = "A team's analytics (owners and admins)",
            description = "Over the last weeks (each member's local weeks): weigh-ins and active members per "
                    + "week, the average trend-based loss (in % over every member with a weigh-in; as a mass only "
                    + "over members who show their weights), the most active members, and the challenge "
                    + "participation rate (0 until challenges exist).")
    @ApiResponse(responseCode = "200", description = "The analytics")
    @ApiResponse(responseCode = "400",
            description = "Bad weeks or unit (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403",
            description = "Your role (or not being a member of this public team) does not allow it (FORBIDDEN)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404",
            description = "No such team, or a private team you are not in (NOT_FOUND)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<LeaderboardResponses.TeamAnalytics> analytics(@CurrentUser UserId me, @PathVariable String teamId,
            @Parameter(description = "how many weeks, the current one included",
                    schema = @Schema(minimum = "1", maximum = "" + ViewTeamAnalyticsUseCase.MAX_WEEKS,
                            defaultValue = "" + ViewTeamAnalyticsUseCase.DEFAULT_WEEKS))
            @RequestParam(required = false) Integer weeks,
            @Parameter(description = "the preferred unit when absent", schema = @Schema(allowableValues = { "kg",
                    "lb", "st" })) @RequestParam(required = false) String unit) {
        var violations = new Violations();
        var team = violations.check("teamId", () -> QueryParameters.uuid("teamId", teamId));
        var displayUnit = violations.check("unit", () -> QueryParameters.enumValue("unit", unit, MassUnit.class));
        violations.throwIfAny();
        return Envelope.ok(mapper.toTeamAnalytics(analytics.analytics(team, me, weeks, displayUnit)));
    }
}
