package com.weighttracker.tracking.adapter.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.tracking.application.port.in.EntryQuery;
import com.weighttracker.tracking.application.port.in.ManageWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.RecordWeightUseCase;
import com.weighttracker.tracking.application.port.in.TimeBound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/weight-entries", produces = "application/json")
@Tag(name = "Weight entries", description = "Weigh-ins in kg, lb or st+lb; several a day; only their owner sees them.")
class WeightEntryController {

    /** Bounds outside these years cannot match a weigh-in, and PostgreSQL cannot compare the far ones. */
    private static final Instant EARLIEST_BOUND = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST_BOUND = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final RecordWeightUseCase record;
    private final ManageWeightEntriesUseCase entries;
    private final TrackingRestMapper mapper;

    WeightEntryController(RecordWeightUseCase record, ManageWeightEntriesUseCase entries, TrackingRestMapper mapper) {
        this.record = record;
        this.entries = entries;
        this.mapper = mapper;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Log a weigh-in",
            description = "The weight reads back exactly as entered, in its unit. recordedAt defaults to now and "
                    + "may be backdated, but not more than 24 h into the future.")
    @ApiResponse(responseCode = "201", description = "Logged")
    @ApiResponse(responseCode = "409",
            description = "The same weight at the same instant exists already (CONFLICT)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<TrackingResponses.WeightEntry>> create(@CurrentUser UserId me,
            @RequestBody WeighInRequest body) {
        var entry = mapper.toWeightEntry(record.record(me, body.toCommand()));
        return Envelope.created("/v1/weight-entries/" + entry.id(), entry);
    }

    /**
     * The busiest read: its query parameters come as one map and are parsed here, because Spring's
     * resolution of seven separate {@code @RequestParam}s (name expressions, a data binder and a
     * conversion each) cost a tenth of the request (docs/performance.md).
     */
    @GetMapping
    @Operation(summary = "List own weigh-ins",
            description = "Newest first unless order=asc; from/to are dates in the user's time zone (to includes "
                    + "that day) or instants (to excluded).")
    @Parameters({
            @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-01-01", schema = @Schema(type = "string"),
                    description = "A date in the user's time zone, or an instant"),
            @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-03-31", schema = @Schema(type = "string"),
                    description = "A date (that day included), or an instant (excluded)"),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = { "asc", "desc" })),
            @Parameter(name = "sortBy", in = ParameterIn.QUERY, schema = @Schema(allowableValues = { "recordedAt" })),
            @Parameter(name = "unit", in = ParameterIn.QUERY, schema = @Schema(allowableValues = { "kg", "lb", "st" })),
            @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1")),
            @Parameter(name = "limit", in = ParameterIn.QUERY,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "100")) })
    @ApiResponse(responseCode = "200", description = "A page of weigh-ins")
    Envelope<List<TrackingResponses.WeightEntry>> list(@CurrentUser UserId me,
            @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        var violations = new Violations();
        var fromBound = violations.check("from", () -> timeBound("from", query.get("from")));
        var toBound = violations.check("to", () -> timeBound("to", query.get("to")));
        var ascending = violations.check("order", () -> "asc".equalsIgnoreCase(orderOf(query.get("order"))));
        violations.check("sortBy", () -> {
            var sortBy = query.get("sortBy");
            if (sortBy != null && !sortBy.equals("recordedAt")) {
                throw InvalidInput.of("sortBy", "sortBy must be recordedAt");
            }
            return sortBy;
        });
        var displayUnit = violations.check("unit",
                () -> QueryParameters.enumValue("unit", query.get("unit"), MassUnit.class));
        var page = violations.check("page", () -> QueryParameters.integer("page", query.get("page")));
        var limit = violations.check("limit", () -> QueryParameters.integer("limit", query.get("limit")));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        return Envelope.page(entries.list(me, new EntryQuery(fromBound, toBound, Boolean.TRUE.equals(ascending)),
                pageRequest, displayUnit).map(mapper::toWeightEntry));
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "One own weigh-in", description = "Another user's entry is 404, never its data.")
    @ApiResponse(responseCode = "200", description = "The weigh-in")
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TrackingResponses.WeightEntry> get(@CurrentUser UserId me, @PathVariable String entryId,
            @Parameter(schema = @Schema(allowableValues = { "kg", "lb", "st" }))
            @RequestParam(required = false) String unit) {
        return Envelope.ok(mapper.toWeightEntry(entries.get(me, QueryParameters.uuid("entryId", entryId),
                QueryParameters.enumValue("unit", unit, MassUnit.class))));
    }

    @PatchMapping(path = "/{entryId}", consumes = { "application/json", "application/merge-patch+json" })
    @Operation(summary = "Correct an own weigh-in (JSON merge patch)")
    @ApiResponse(responseCode = "200", description = "The corrected weigh-in")
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TrackingResponses.WeightEntry> correct(@CurrentUser UserId me, @PathVariable String entryId,
            @RequestBody CorrectWeighInRequest body) {
        return Envelope.ok(mapper.toWeightEntry(
                entries.correct(me, QueryParameters.uuid("entryId", entryId), body.toChanges())));
    }

    @DeleteMapping("/{entryId}")
    @Operation(summary = "Delete an own weigh-in")
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Deleted> delete(@CurrentUser UserId me, @PathVariable String entryId) {
        var id = QueryParameters.uuid("entryId", entryId);
        entries.delete(me, id);
        return Envelope.ok(new Deleted(id.toString()));
    }

    record Deleted(String id) {
    }

    private static String orderOf(String order) {
        if (order != null && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw InvalidInput.of("order", "order must be asc or desc");
        }
        return order;
    }

    private static TimeBound timeBound(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TimeBound bound;
        try {
            bound = value.contains("T") ? TimeBound.at(Instant.parse(value)) : TimeBound.on(LocalDate.parse(value));
        } catch (DateTimeException e) {
            throw InvalidInput.of(field,
                    field + " must be a date (2026-05-01) or an instant (2026-05-01T07:30:00Z)");
        }
        var instant = bound.resolve(ZoneOffset.UTC);
        if (instant.isBefore(EARLIEST_BOUND) || instant.isAfter(LATEST_BOUND)) {
            throw InvalidInput.of(field, field + " must lie between 1900-01-01 and 9999-12-31");
        }
        return bound;
    }
}
