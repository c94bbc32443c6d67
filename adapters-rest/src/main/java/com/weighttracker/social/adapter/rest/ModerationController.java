package com.weighttracker.social.adapter.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.application.port.in.ModerateContentUseCase;
import com.weighttracker.social.application.port.in.ModerationDecision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1", produces = "application/json")
@Tag(name = "Moderation", description = "Reports, review queues and moderators' decisions (FR-4.1.4). A team's "
        + "moderators, admins and owner review its team content; platform moderators (a role granted by the "
        + "server's configuration, never through the API) review public content. Every decision records who made "
        + "it and when.")
class ModerationController {

    private final ModerateContentUseCase moderation;
    private final SocialRestMapper mapper;

    ModerationController(ModerateContentUseCase moderation, SocialRestMapper mapper) {
        this.moderation = moderation;
        this.mapper = mapper;
    }

    @PostMapping(path = "/posts/{postId}/reports", consumes = "application/json")
    @Operation(operationId = "reportPost", summary = "Report a post to its moderators",
            description = "Once per post: a second report is 409 ALREADY_REPORTED. " + SocialRequests.PLAIN_TEXT)
    @ApiResponse(responseCode = "201", description = "Reported")
    @ApiResponse(responseCode = "400", description = "No reason, or a bad one",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such post you may read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "You reported it already (ALREADY_REPORTED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<SocialResponses.ContentReport>> reportPost(@CurrentUser UserId me,
            @PathVariable String postId, @RequestBody SocialRequests.ReportContent body) {
        var id = QueryParameters.uuid("postId", postId);
        var report = mapper.toReport(moderation.report(me, ContentKind.POST, id, body.reason()));
        return Envelope.created("/v1/posts/" + id + "/reports/" + report.id(), report);
    }

    @PostMapping(path = "/comments/{commentId}/reports", consumes = "application/json")
    @Operation(operationId = "reportComment", summary = "Report a comment to its moderators",
            description = "Once per comment: a second report is 409 ALREADY_REPORTED. " + SocialRequests.PLAIN_TEXT)
    @ApiResponse(responseCode = "201", description = "Reported")
    @ApiResponse(responseCode = "400", description = "No reason, or a bad one",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such comment you may read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "You reported it already (ALREADY_REPORTED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<SocialResponses.ContentReport>> reportComment(@CurrentUser UserId me,
            @PathVariable String commentId, @RequestBody SocialRequests.ReportContent body) {
        var id = QueryParameters.uuid("commentId", commentId);
        var report = mapper.toReport(moderation.report(me, ContentKind.COMMENT, id, body.reason()));
        return Envelope.created("/v1/comments/" + id + "/reports/" + report.id(), report);
    }

    @GetMapping("/moderation/queue")
    @Operation(operationId = "reviewQueue", summary = "Items waiting for a moderator, oldest report first",
            description = "With teamId: that team's queue (its moderators, admins and owner). Without: the public "
                    + "queue (platform moderators).")
    @ApiResponse(responseCode = "200", description = "A page of items")
    @ApiResponse(responseCode = "403", description = "You do not moderate this queue",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "teamId names a team you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<SocialResponses.ReviewItem>> queue(@CurrentUser UserId me,
            @RequestParam(required = false) String teamId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        return Envelope.page(moderation.queue(me, optionalUuid("teamId", teamId), PageRequest.of(page, limit))
                .map(mapper::toReviewItem));
    }

    @PostMapping("/moderation/posts/{postId}/{decision}")
    @Operation(operationId = "moderatePost", summary = "Decide on a post: dismiss, remove or restore",
            description = "dismiss: the reports were unfounded (a held post goes out); remove: it leaves every view "
                    + "and its author is told; restore: it comes back. Closes its open reports.")
    @ApiResponse(responseCode = "200", description = "The post's status after the decision")
    @ApiResponse(responseCode = "400", description = "Not one of the decisions",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403", description = "You do not moderate it",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such post, or a team one you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.ModeratedItem> moderatePost(@CurrentUser UserId me, @PathVariable String postId,
            @Parameter(schema = @Schema(allowableValues = { "dismiss", "remove", "restore" }))
            @PathVariable String decision) {
        return Envelope.ok(mapper.toModerated(moderation.decide(me, ContentKind.POST,
                QueryParameters.uuid("postId", postId), decision(decision))));
    }

    @PostMapping("/moderation/comments/{commentId}/{decision}")
    @Operation(operationId = "moderateComment", summary = "Decide on a comment: dismiss, remove or restore")
    @ApiResponse(responseCode = "200", description = "The comment's status after the decision")
    @ApiResponse(responseCode = "400", description = "Not one of the decisions",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403", description = "You do not moderate it",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such comment, or a team one you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.ModeratedItem> moderateComment(@CurrentUser UserId me, @PathVariable String commentId,
            @Parameter(schema = @Schema(allowableValues = { "dismiss", "remove", "restore" }))
            @PathVariable String decision) {
        return Envelope.ok(mapper.toModerated(moderation.decide(me, ContentKind.COMMENT,
                QueryParameters.uuid("commentId", commentId), decision(decision))));
    }

    @GetMapping("/moderation/users/{userId}/content")
    @Operation(operationId = "contentHistory", summary = "A user's posts and comments for moderators, newest first",
            description = "Whatever their status, with the last decision on each. With teamId: in that team (its "
                    + "moderators and up); without: their public content (platform moderators).")
    @ApiResponse(responseCode = "200", description = "A page of the user's content")
    @ApiResponse(responseCode = "403", description = "You do not moderate it",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "teamId names a team you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<SocialResponses.ContentHistoryItem>> history(@CurrentUser UserId me, @PathVariable String userId,
            @RequestParam(required = false) String teamId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        return Envelope.page(moderation.history(me, QueryParameters.uuid("userId", userId),
                optionalUuid("teamId", teamId), PageRequest.of(page, limit)).map(mapper::toHistoryItem));
    }

    private static ModerationDecision decision(String value) {
        var decision = QueryParameters.enumValue("decision", value, ModerationDecision.class);
        if (decision == null) {
            throw com.weighttracker.shared.InvalidInput.of("decision", "decision must be one of: dismiss, remove, "
                    + "restore");
        }
        return decision;
    }

    private static UUID optionalUuid(String field, String value) {
        return value == null || value.isBlank() ? null : QueryParameters.uuid(field, value.strip());
    }
}
