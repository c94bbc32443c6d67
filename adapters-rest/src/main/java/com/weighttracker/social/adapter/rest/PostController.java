package com.weighttracker.social.adapter.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.CommentsUseCase;
import com.weighttracker.social.application.port.in.FeedRequest;
import com.weighttracker.social.application.port.in.FeedScope;
import com.weighttracker.social.application.port.in.LikePostsUseCase;
import com.weighttracker.social.application.port.in.ManagePostsUseCase;
import com.weighttracker.social.application.port.in.ReadFeedUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/posts", produces = "application/json")
@Tag(name = "Posts", description = "Posts, feeds, likes and comments (FR-4.1). All text is plain text: HTML is "
        + "refused with 400 naming the field. A post you may not read (team-only and you are not a member, held, "
        + "removed, by someone you blocked) does not exist (404), and neither does anyone else's post or comment "
        + "when you try to edit or delete it.")
class PostController {

    private final ManagePostsUseCase posts;
    private final ReadFeedUseCase feeds;
    private final LikePostsUseCase likes;
    private final CommentsUseCase comments;
    private final SocialRestMapper mapper;

    PostController(ManagePostsUseCase posts, ReadFeedUseCase feeds, LikePostsUseCase likes, CommentsUseCase comments,
            SocialRestMapper mapper) {
        this.posts = posts;
        this.feeds = feeds;
        this.likes = likes;
        this.comments = comments;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "readFeed", summary = "A feed, newest first",
            description = "public: every public post; team: the posts of your teams (teamId: one of them); mine: "
                    + "your own, held ones included. Infinite scroll: pass the page's nextCursor as cursor; pages "
                    + "never skip or repeat a post while new ones arrive.")
    @ApiResponse(responseCode = "200", description = "A page of posts")
    @ApiResponse(responseCode = "400", description = "A bad scope, id, tag, limit or cursor",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "teamId names a team you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.PostFeed> feed(@CurrentUser UserId me,
            @Parameter(schema = @Schema(allowableValues = { "public", "team", "mine" }, defaultValue = "public"))
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String teamId, @RequestParam(required = false) String authorId,
            @Parameter(description = "one tag, any case, with or without '#'") @RequestParam(required = false)
            String tag,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String limit,
            @Parameter(description = "the previous page's nextCursor") @RequestParam(required = false) String cursor) {
        var request = new FeedRequest(QueryParameters.enumValue("scope", scope, FeedScope.class),
                optionalUuid("teamId", teamId), optionalUuid("authorId", authorId), tag,
                QueryParameters.integer("limit", limit), cursor);
        return Envelope.ok(mapper.toFeed(feeds.feed(me, request)));
    }

    @PostMapping(consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "publishPost", summary = "Publish a post",
            description = "Needs a verified e-mail address. A team post needs you to be a member of the team. "
                    + "Text with a flagged phrase is held for a moderator (status held). " + SocialRequests.PLAIN_TEXT)
    @ApiResponse(responseCode = "201", description = "Published (or held)")
    @ApiResponse(responseCode = "400", description = "A broken rule, each field named",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "403", description = "Your e-mail address is not verified (EMAIL_NOT_VERIFIED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "teamId names a team you are not a member of",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<SocialResponses.Post>> publish(@CurrentUser UserId me,
            @RequestBody SocialRequests.PublishPost body) {
        var post = mapper.toPost(posts.publish(me, body.toCommand()));
        return Envelope.created("/v1/posts/" + post.id(), post);
    }

    @GetMapping("/{postId}")
    @Operation(operationId = "getPost", summary = "One post")
    @ApiResponse(responseCode = "200", description = "The post")
    @ApiResponse(responseCode = "404", description = "No such post, or one you may not read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.Post> get(@CurrentUser UserId me, @PathVariable String postId) {
        return Envelope.ok(mapper.toPost(posts.get(me, postId(postId))));
    }

    @PatchMapping(path = "/{postId}", consumes = { "application/json", "application/merge-patch+json" })
    @RequiresVerifiedEmail
    @Operation(operationId = "updatePost", summary = "Edit your post (JSON merge patch)",
            description = "Within 24 hours of posting (after: 409 EDIT_WINDOW_CLOSED). " + SocialRequests.PLAIN_TEXT)
    @ApiResponse(responseCode = "200", description = "The edited post")
    @ApiResponse(responseCode = "404", description = "No such post of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Older than 24 hours (EDIT_WINDOW_CLOSED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.Post> edit(@CurrentUser UserId me, @PathVariable String postId,
            @RequestBody EditPostRequest body) {
        return Envelope.ok(mapper.toPost(posts.edit(me, postId(postId), body.toChanges())));
    }

    @DeleteMapping("/{postId}")
    @Operation(operationId = "deletePost", summary = "Delete your post, or remove one as a team moderator",
            description = "Your own post goes for good with its likes and comments. A moderator, admin or owner of "
                    + "the post's team removes it instead: it leaves every feed and can be restored.")
    @ApiResponse(responseCode = "200", description = "Deleted or removed")
    @ApiResponse(responseCode = "404", description = "No such post you may delete",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.Deleted> delete(@CurrentUser UserId me, @PathVariable String postId) {
        var id = postId(postId);
        posts.delete(me, id);
        return Envelope.ok(new SocialResponses.Deleted(id));
    }

    @PutMapping("/{postId}/like")
    @Operation(operationId = "likePost", summary = "Like a post", description = "Idempotent: a second like changes nothing.")
    @ApiResponse(responseCode = "200", description = "The post's likes")
    @ApiResponse(responseCode = "404", description = "No such post, or one you may not read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.PostLikes> like(@CurrentUser UserId me, @PathVariable String postId) {
        return Envelope.ok(mapper.toLikes(likes.like(me, postId(postId))));
    }

    @DeleteMapping("/{postId}/like")
    @Operation(operationId = "unlikePost", summary = "Take back a like", description = "Idempotent.")
    @ApiResponse(responseCode = "200", description = "The post's likes")
    @ApiResponse(responseCode = "404", description = "No such post, or one you may not read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.PostLikes> unlike(@CurrentUser UserId me, @PathVariable String postId) {
        return Envelope.ok(mapper.toLikes(likes.unlike(me, postId(postId))));
    }

    @GetMapping("/{postId}/comments")
    @Operation(operationId = "listComments", summary = "A post's comments, oldest first",
            description = "Replies name their parent and depth (1 to 3); comments by people you blocked are left out.")
    @ApiResponse(responseCode = "200", description = "A page of comments")
    @ApiResponse(responseCode = "404", description = "No such post, or one you may not read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<SocialResponses.PostComment>> comments(@CurrentUser UserId me, @PathVariable String postId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        return Envelope.page(comments.comments(me, postId(postId), PageRequest.of(page, limit)).map(mapper::toComment));
    }

    @PostMapping(path = "/{postId}/comments", consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "addComment", summary = "Comment on a post, or reply to a comment",
            description = "Replies nest 3 levels deep; a reply to a level-3 comment is refused (409 "
                    + "COMMENT_NESTING_TOO_DEEP). " + SocialRequests.PLAIN_TEXT)
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Bad content",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such post or parent comment you may read",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Too deep (COMMENT_NESTING_TOO_DEEP)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<SocialResponses.PostComment>> addComment(@CurrentUser UserId me,
            @PathVariable String postId, @RequestBody SocialRequests.AddComment body) {
        var comment = mapper.toComment(comments.add(me, postId(postId), body.parentId(), body.content()));
        return Envelope.created("/v1/comments/" + comment.id(), comment);
    }

    static UUID postId(String value) {
        return QueryParameters.uuid("postId", value);
    }

    private static UUID optionalUuid(String field, String value) {
        return value == null || value.isBlank() ? null : QueryParameters.uuid(field, value.strip());
    }
}
