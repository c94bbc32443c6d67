package com.weighttracker.social.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.social.ContentKind;
import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of /v1/posts, /v1/comments and blocking, made from the use cases' views by {@link SocialRestMapper}. */
final class SocialResponses {

    private SocialResponses() {
    }

    /** Who wrote a post or comment; name and avatar are null for an account that is gone. */
    record PostAuthor(UUID id, @Schema(nullable = true) String username, @Schema(nullable = true) String displayName,
            @Schema(nullable = true, description = "where their avatar is, null without one or when their profile "
                    + "is private") String avatarUrl) {
    }

    /** A milestone's progress fact. */
    record PostMilestone(@Schema(description = "percent lost since the first weigh-in of the last two years, on the "
            + "trend; negative is a gain") BigDecimal percentLost,
            @Schema(nullable = true, description = "kilograms lost; null when the author's weights are private")
            BigDecimal lostKg,
            @Schema(nullable = true, description = "when the author's goal was reached; null when it was not when "
                    + "posting") Instant goalReachedAt) {
    }

    record Post(UUID id, PostAuthor author,
            @Schema(allowableValues = { "general", "milestone", "tip", "question", "recipe", "workout" }) PostType type,
            @Schema(nullable = true) String title, String content, List<String> tags,
            @Schema(allowableValues = { "public", "team" }) PostVisibility visibility,
            @Schema(nullable = true) UUID teamId, @Schema(nullable = true) PostMilestone milestone,
            @Schema(description = "where its images are (relative to the API's origin), at most 5, in upload order")
            List<String> imageUrls,
            @Schema(allowableValues = { "visible", "held", "removed" },
                    description = "held: an automatic filter flagged it; only you see it until a moderator looks")
            String status,
            int likeCount, int commentCount, boolean likedByMe, Instant createdAt, Instant updatedAt) {
    }

    /** A page of a feed: pass {@code nextCursor} as {@code cursor} for the next one. */
    record PostFeed(List<Post> items,
            @Schema(nullable = true, description = "opaque; null on the last page") String nextCursor) {
    }

    record PostLikes(UUID postId, int likeCount, boolean likedByMe) {
    }

    record PostComment(UUID id, UUID postId, @Schema(nullable = true) UUID parentId,
            @Schema(minimum = "1", maximum = "3") int depth, PostAuthor author, String content,
            @Schema(allowableValues = { "visible", "held", "removed" }) String status, Instant createdAt,
            Instant updatedAt) {
    }

    record BlockedUser(UUID userId, @Schema(nullable = true) String username,
            @Schema(nullable = true) String displayName, Instant blockedAt) {
    }

    record Deleted(UUID id) {
    }

    record ContentReport(UUID id, @Schema(allowableValues = { "post", "comment" }) ContentKind kind, UUID contentId,
            String reason, Instant createdAt) {
    }

    /** An item in a review queue, with its open reports (a flag of the keyword filter counts as one). */
    record ReviewItem(@Schema(allowableValues = { "post", "comment" }) ContentKind kind, UUID contentId, UUID postId,
            @Schema(nullable = true, description = "null in the public queue") UUID teamId, PostAuthor author,
            String content, @Schema(allowableValues = { "visible", "held", "removed" }) String status, int reports,
            List<String> reasons, Instant firstReportedAt) {
    }

    record ModeratedItem(@Schema(allowableValues = { "post", "comment" }) ContentKind kind, UUID contentId,
            @Schema(allowableValues = { "visible", "held", "removed" }) String status, UUID moderatedBy,
            Instant moderatedAt) {
    }

    record ContentHistoryItem(@Schema(allowableValues = { "post", "comment" }) ContentKind kind, UUID id,
            UUID postId, @Schema(nullable = true) UUID teamId, String content,
            @Schema(allowableValues = { "visible", "held", "removed" }) String status, Instant createdAt,
            @Schema(nullable = true) Instant moderatedAt, @Schema(nullable = true) UUID moderatedBy) {
    }
}
