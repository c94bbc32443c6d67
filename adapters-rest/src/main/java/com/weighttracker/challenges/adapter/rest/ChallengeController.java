package com.weighttracker.challenges.adapter.rest;

import java.util.List;
import java.util.Optional;
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

import com.weighttracker.challenges.application.port.in.ChallengeFilter;
import com.weighttracker.challenges.application.port.in.ManageChallengesUseCase;
import com.weighttracker.challenges.application.port.in.TakePartUseCase;
import com.weighttracker.challenges.application.port.in.ViewChallengeResultsUseCase;
import com.weighttracker.challenges.domain.ChallengeStatus;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.Meta;
import com.weighttracker.platform.adapter.rest.Pagination;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/challenges", produces = "application/json")
@Tag(name = "Challenges", description = "Fair competitions scored on the trend weight, never on one weigh-in "
        + "(FR-5). Loss beyond 1 % of the starting weight per week earns no extra credit. A team challenge does "
        + "not exist (404) for anyone outside its team.")
class ChallengeController {

    private final ManageChallengesUseCase challenges;
    private final TakePartUseCase takingPart;
    private final ViewChallengeResultsUseCase results;
    private final ChallengesRestMapper mapper;

    ChallengeController(ManageChallengesUseCase challenges, TakePartUseCase takingPart,
            ViewChallengeResultsUseCase results, ChallengesRestMapper mapper) {
        this.challenges = challenges;
        this.takingPart = takingPart;
        this.results = results;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "browseChallenges", summary = "Browse challenges",
            description = "Public challenges and those of your teams: active (the default), upcoming, completed or "
                    + "all; mine=true shows only those you created or take part in.")
    @ApiResponse(responseCode = "200", description = "A page of challenges")
    @ApiResponse(responseCode = "400", description = "A bad status, mine, page or limit",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<ChallengesResponses.Challenge>> browse(@CurrentUser UserId me,
            @Parameter(schema = @Schema(allowableValues = { "active", "upcoming", "completed", "all" },
                    defaultValue = "active")) @RequestParam(required = false) String status,
            @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) @RequestParam(required = false)
            String mine, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        var violations = new Violations();
        var filter = violations.check("status", () -> status(status));
        var onlyMine = violations.check("mine", () -> mine(mine));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        return Envelope.page(challenges.browse(me, new ChallengeFilter(filter.orElse(null), onlyMine), pageRequest)
                .map(mapper::toChallenge));
    }

    @PostMapping(consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "createChallenge", summary = "Create a challenge",
            description = "A public challenge, or with teamId a team challenge (the team's owner, admins and "
                    + "moderators only).")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "A broken rule (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403", description = "Your role in the team may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such team, or not yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<ChallengesResponses.Challenge>> create(@CurrentUser UserId me,
            @RequestBody ChallengeRequests.CreateChallenge body) {
        var challenge = mapper.toChallenge(challenges.create(me, body.toCommand()));
        return Envelope.created("/v1/challenges/" + challenge.id(), challenge);
    }

    @GetMapping("/{challengeId}")
    @Operation(operationId = "getChallenge", summary = "One challenge")
    @ApiResponse(responseCode = "200", description = "The challenge")
    @ApiResponse(responseCode = "404", description = "No such challenge, or one of a team you are not in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<ChallengesResponses.Challenge> get(@CurrentUser UserId me, @PathVariable String challengeId) {
        return Envelope.ok(mapper.toChallenge(challenges.get(me, id(challengeId))));
    }

    @PatchMapping(path = "/{challengeId}", consumes = { "application/json", "application/merge-patch+json" })
    @RequiresVerifiedEmail
    @Operation(operationId = "updateChallenge", summary = "Edit a challenge (JSON merge patch)",
            description = "Its creator, and for a team challenge the team's owner, admins and moderators. After the "
                    + "start only name and description change (409 CHALLENGE_STARTED); a completed one never.")
    @ApiResponse(responseCode = "200", description = "The edited challenge")
    @ApiResponse(responseCode = "403", description = "You may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Started or completed",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<ChallengesResponses.Challenge> edit(@CurrentUser UserId me, @PathVariable String challengeId,
            @RequestBody EditChallengeRequest body) {
        return Envelope.ok(mapper.toChallenge(challenges.edit(me, id(challengeId), body.toChanges())));
    }

    @DeleteMapping("/{challengeId}")
    @RequiresVerifiedEmail
    @Operation(operationId = "deleteChallenge", summary = "Delete a challenge that has not started")
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "You may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "It has started (CHALLENGE_STARTED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Deleted> delete(@CurrentUser UserId me, @PathVariable String challengeId) {
        var id = id(challengeId);
        challenges.delete(me, id);
        return Envelope.ok(new Deleted(id));
    }

    @PostMapping("/{challengeId}/join")
    @RequiresVerifiedEmail
    @Operation(operationId = "joinChallenge", summary = "Take part",
            description = "Open until the end of the second day after the start. After the start you need a "
                    + "weigh-in within the 7 days before it or since (NO_BASELINE_WEIGH_IN): your trend then is the "
                    + "baseline your progress is measured from.")
    @ApiResponse(responseCode = "200", description = "The challenge, joined")
    @ApiResponse(responseCode = "404", description = "No such challenge, or one of a team you are not in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Already in, full, closed, completed or no baseline weigh-in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<ChallengesResponses.Challenge> join(@CurrentUser UserId me, @PathVariable String challengeId) {
        return Envelope.ok(mapper.toChallenge(takingPart.join(me, id(challengeId))));
    }

    @PostMapping("/{challengeId}/leave")
    @Operation(operationId = "leaveChallenge", summary = "Stop taking part",
            description = "Not after completion: results stay as they are.")
    @ApiResponse(responseCode = "200", description = "Left")
    @ApiResponse(responseCode = "404", description = "No such challenge, or you do not take part",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Completed",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Left> leave(@CurrentUser UserId me, @PathVariable String challengeId) {
        var id = id(challengeId);
        takingPart.leave(me, id);
        return Envelope.ok(new Left(id));
    }

    @GetMapping("/{challengeId}/leaderboard")
    @Operation(operationId = "getChallengeLeaderboard", summary = "A challenge's leaderboard",
            description = "Participants by score, highest first; equal scores share a rank; those without a "
                    + "baseline come last, unranked. Members who keep their weights private show % lost and rank "
                    + "only.")
    @ApiResponse(responseCode = "200", description = "A page of the board")
    @ApiResponse(responseCode = "404", description = "No such challenge, or one of a team you are not in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<ChallengesResponses.ChallengeLeaderboard> leaderboard(@CurrentUser UserId me,
            @PathVariable String challengeId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        var violations = new Violations();
        var id = violations.check("challengeId", () -> id(challengeId));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        var view = results.leaderboard(me, id, pageRequest);
        var entries = view.entries();
        return new Envelope<>(true, mapper.toLeaderboard(view),
                Pagination.of(entries.request().page(), entries.request().limit(), entries.totalItems()), Meta.now());
    }

    @GetMapping("/{challengeId}/progress")
    @Operation(operationId = "getMyChallengeProgress", summary = "Your progress, with how it was scored")
    @ApiResponse(responseCode = "200", description = "Your progress")
    @ApiResponse(responseCode = "404", description = "No such challenge, or you do not take part",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<ChallengesResponses.ChallengeProgress> progress(@CurrentUser UserId me,
            @PathVariable String challengeId) {
        return Envelope.ok(mapper.toProgress(results.progress(me, id(challengeId))));
    }

    record Deleted(UUID id) {
    }

    record Left(UUID challengeId) {
    }

    private static UUID id(String value) {
        return QueryParameters.uuid("challengeId", value);
    }

    private static Optional<ChallengeStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ChallengeStatus.ACTIVE);
        }
        if ("all".equalsIgnoreCase(value.strip())) {
            return Optional.empty();
        }
        return Optional.of(QueryParameters.enumValue("status", value, ChallengeStatus.class));
    }

    private static boolean mine(String value) {
        if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        throw InvalidInput.of("mine", "mine must be true or false");
    }
}
