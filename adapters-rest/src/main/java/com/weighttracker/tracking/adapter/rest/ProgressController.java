package com.weighttracker.tracking.adapter.rest;

import org.springframework.web.bind.annotation.GetMapping;
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
import com.weighttracker.tracking.application.port.in.ChartPeriod;
import com.weighttracker.tracking.application.port.in.ViewProgressUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Statistics and the chart of the signed-in user's weigh-ins. The literal paths /stats and /chart
 * win over /v1/weight-entries/{entryId} (Spring prefers literal segments to variables).
 */
@RestController
@RequestMapping(path = "/v1/weight-entries", produces = "application/json")
@Tag(name = "Weight entries", description = "Weigh-ins in kg, lb or st+lb; several a day; only their owner sees them.")
class ProgressController {

    private final ViewProgressUseCase progress;
    private final TrackingRestMapper mapper;

    ProgressController(ViewProgressUseCase progress, TrackingRestMapper mapper) {
        this.progress = progress;
        this.mapper = mapper;
    }

    @GetMapping("/stats")
    @Operation(summary = "Statistics of own weigh-ins",
            description = "Start, current, min, max, total change, the trend (exponentially smoothed, α = 0.1 per "
                    + "day), its change over 1/7/30 days, the weekly rate over the last 14 days with its standard "
                    + "error, goal progress and projected date range, BMI with WHO category, best and worst "
                    + "calendar week, average weekly loss, consistency over the last 30 days and body-composition "
                    + "changes. Masses in the preferred unit unless unit is given (stones as decimal stones). "
                    + "Without weigh-ins, the values that need them are null. The goal counts as reached when the "
                    + "trend (not one weigh-in) is at or past the target; a weigh-in dated ahead of today counts at "
                    + "once in every figure.")
    @ApiResponse(responseCode = "200", description = "The statistics")
    @ApiResponse(responseCode = "400",
            description = "Unknown unit (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TrackingResponses.ProgressStats> stats(@CurrentUser UserId me,
            @Parameter(description = "the preferred unit when absent", schema = @Schema(allowableValues = { "kg",
                    "lb", "st" })) @RequestParam(required = false) String unit) {
        return Envelope.ok(mapper.toProgressStats(
                progress.stats(me, QueryParameters.enumValue("unit", unit, MassUnit.class))));
    }

    @GetMapping("/chart")
    @Operation(summary = "Chart of own weigh-ins",
            description = "Weigh-ins, the trend, the goal line, the projection from today's trend to the expected "
                    + "goal date (when on track) and the BMI of the trend (when the profile has a height), over a "
                    + "period ending today in the user's time zone (or on the day of a weigh-in dated ahead of "
                    + "today). Each series carries at most "
                    + "maxPointsPerSeries points: long periods keep each bucket's lowest and highest point.")
    @ApiResponse(responseCode = "200", description = "The chart series")
    @ApiResponse(responseCode = "400",
            description = "Unknown period or unit (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TrackingResponses.ProgressChart> chart(@CurrentUser UserId me,
            @Parameter(schema = @Schema(allowableValues = { "7d", "30d", "90d", "1y", "all" }, defaultValue = "30d"))
            @RequestParam(required = false) String period,
            @Parameter(description = "the preferred unit when absent", schema = @Schema(allowableValues = { "kg",
                    "lb", "st" })) @RequestParam(required = false) String unit) {
        var violations = new Violations();
        var chartPeriod = violations.check("period", () -> ChartPeriod.of(period));
        var displayUnit = violations.check("unit", () -> QueryParameters.enumValue("unit", unit, MassUnit.class));
        violations.throwIfAny();
        return Envelope.ok(mapper.toProgressChart(progress.chart(me, chartPeriod, displayUnit)));
    }
}
