package com.weighttracker.social.adapter.rest;

import java.util.List;
import java.util.Optional;

import com.weighttracker.platform.adapter.rest.MergePatch;
import com.weighttracker.social.application.port.in.PostChanges;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON merge patch of a post: absent fields stay, null clears the title (and the tags). A class,
 * not a record, so Jackson can tell absent (null field) from null (empty Optional).
 */
@Schema(name = "EditPostRequest", description = "Only the fields sent change; null clears the title or the tags. "
        + SocialRequests.PLAIN_TEXT)
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
final class EditPostRequest {

    @Schema(nullable = true, maxLength = 100)
    private Optional<String> title;
    @Schema(minLength = 1, maxLength = 5000)
    private Optional<String> content;
    @Schema(nullable = true, maxLength = 10)
    private Optional<List<String>> tags;

    PostChanges toChanges() {
        return new PostChanges(MergePatch.field(title), MergePatch.field(content), MergePatch.field(tags));
    }

    public void setTitle(Optional<String> title) {
        this.title = title;
    }

    public void setContent(Optional<String> content) {
        this.content = content;
    }

    public void setTags(Optional<List<String>> tags) {
        this.tags = tags;
    }
}
