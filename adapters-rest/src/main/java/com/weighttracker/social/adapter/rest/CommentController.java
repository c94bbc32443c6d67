package com.weighttracker.social.adapter.rest;

import java.util.UUID;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.CommentsUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/comments", produces = "application/json")
@Tag(name = "Posts")
class CommentController {

    private final CommentsUseCase comments;
    private final SocialRestMapper mapper;

    CommentController(CommentsUseCase comments, SocialRestMapper mapper) {
        this.comments = comments;
        this.mapper = mapper;
    }

    @PatchMapping(path = "/{commentId}", consumes = { "application/json", "application/merge-patch+json" })
    @RequiresVerifiedEmail
    @Operation(operationId = "updateComment", summary = "Edit your comment", description = SocialRequests.PLAIN_TEXT)
    @ApiResponse(responseCode = "200", description = "The edited comment")
    @ApiResponse(responseCode = "400", description = "Bad content",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such comment of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.PostComment> edit(@CurrentUser UserId me, @PathVariable String commentId,
            @RequestBody SocialRequests.EditComment body) {
        return Envelope.ok(mapper.toComment(comments.edit(me, commentId(commentId), body.content())));
    }

    @DeleteMapping("/{commentId}")
    @Operation(operationId = "deleteComment", summary = "Delete your comment, or remove one as a team moderator",
            description = "Your own comment goes for good with the replies below it; a moderator, admin or owner of "
                    + "the post's team removes it instead (it can be restored).")
    @ApiResponse(responseCode = "200", description = "Deleted or removed")
    @ApiResponse(responseCode = "404", description = "No such comment you may delete",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.Deleted> delete(@CurrentUser UserId me, @PathVariable String commentId) {
        var id = commentId(commentId);
        comments.delete(me, id);
        return Envelope.ok(new SocialResponses.Deleted(id));
    }

    private static UUID commentId(String value) {
        return QueryParameters.uuid("commentId", value);
    }
}
