package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** A comment as a reader sees it; {@code depth} 1 answers the post, 2 and 3 are replies. */
public record CommentView(UUID id, UUID postId, UUID parentId, int depth, AuthorView author, String content,
        String status, Instant createdAt, Instant updatedAt) {
}
