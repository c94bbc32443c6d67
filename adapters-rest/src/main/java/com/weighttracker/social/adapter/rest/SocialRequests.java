package com.weighttracker.social.adapter.rest;

import java.util.List;
import java.util.UUID;

import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.in.PublishPostCommand;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of /v1/posts and /v1/comments. Values are validated by the domain, every broken rule at once. */
final class SocialRequests {

    static final String PLAIN_TEXT = "Plain text only: HTML tags and entities are refused with 400 naming the field, "
            + "control characters other than tab and line breaks too.";

    private SocialRequests() {
    }

    @Schema(name = "PublishPostRequest")
    record PublishPost(
            @Schema(allowableValues = { "general", "milestone", "tip", "question", "recipe", "workout" },
                    description = "general when absent (milestone when attachProgress is true)") PostType type,
            @Schema(maxLength = 100, description = PLAIN_TEXT) String title,
            @Schema(minLength = 1, maxLength = 5000, requiredMode = Schema.RequiredMode.REQUIRED,
                    description = PLAIN_TEXT) String content,
            @Schema(maxLength = 10, description = "at most 10; normalised to lower case without '#', each 1 to 30 "
                    + "letters, digits, '_' or '-'") List<String> tags,
            @Schema(allowableValues = { "public", "team" }, description = "public when absent") PostVisibility visibility,
            @Schema(description = "the team of a team post; you must be a member") UUID teamId,
            @Schema(description = "attach your progress from your weigh-ins (percent lost; the mass only when your "
                    + "weights are public)") Boolean attachProgress) {

        PublishPostCommand toCommand() {
            return new PublishPostCommand(type, title, content, tags, visibility, teamId,
                    Boolean.TRUE.equals(attachProgress));
        }
    }

    @Schema(name = "AddCommentRequest")
    record AddComment(
            @Schema(description = "the comment this replies to; absent for a comment on the post. Replies nest 3 "
                    + "levels deep at most") UUID parentId,
            @Schema(minLength = 1, maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED,
                    description = PLAIN_TEXT) String content) {
    }

    @Schema(name = "ReportContentRequest")
    record ReportContent(@Schema(minLength = 1, maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED,
            example = "Promotes a crash diet", description = PLAIN_TEXT) String reason) {
    }

    @Schema(name = "EditCommentRequest")
    record EditComment(@Schema(minLength = 1, maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED,
            description = PLAIN_TEXT) String content) {
    }
}
