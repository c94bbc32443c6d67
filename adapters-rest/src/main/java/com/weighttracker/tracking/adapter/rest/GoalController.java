package com.weighttracker.tracking.adapter.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.in.ManageGoalUseCase;
import com.weighttracker.tracking.application.port.in.SetGoalCommand;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/goal", produces = "application/json")
@Tag(name = "Goal", description = "The signed-in user's goal weight and optional target date.")
class GoalController {

    private final ManageGoalUseCase goals;
    private final TrackingRestMapper mapper;

    GoalController(ManageGoalUseCase goals, TrackingRestMapper mapper) {
        this.goals = goals;
        this.mapper = mapper;
    }

    record GoalRequest(
            @Schema(example = "75", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal targetWeight,
            @Schema(allowableValues = { "kg", "lb", "st" }, description = "kg when absent") MassUnit unit,
            @Schema(description = "with unit st: pounds beyond whole stones") BigDecimal targetPounds,
            @Schema(example = "2027-06-30", description = "optional, in the future") LocalDate targetDate) {
    }

    @GetMapping
    @Operation(summary = "The current goal")
    @ApiResponse(responseCode = "200", description = "The goal")
    @ApiResponse(responseCode = "404", description = "No goal set",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TrackingResponses.Goal> current(@CurrentUser UserId me) {
        return Envelope.ok(mapper.toGoal(goals.current(me).orElseThrow(() -> new Unknown("No goal set"))));
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Set or replace the goal",
            description = "A goal below a healthy BMI (18.5) for the user's height is refused with a kind message.")
    @ApiResponse(responseCode = "200", description = "The goal")
    Envelope<TrackingResponses.Goal> set(@CurrentUser UserId me, @RequestBody GoalRequest body) {
        return Envelope.ok(mapper.toGoal(goals.set(me, new SetGoalCommand(body.targetWeight(), body.unit(),
                body.targetPounds(), body.targetDate()))));
    }

    @DeleteMapping
    @Operation(summary = "Remove the goal")
    @ApiResponse(responseCode = "200", description = "Removed")
    Envelope<Cleared> clear(@CurrentUser UserId me) {
        goals.clear(me);
        return Envelope.ok(new Cleared(true));
    }

    record Cleared(boolean cleared) {
    }
}
