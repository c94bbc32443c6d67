package com.weighttracker.social;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A comment was written on a post; {@code parentId} is the comment it replies to, or null. */
public record CommentAdded(UUID commentId, UUID postId, UserId postAuthorId, UserId authorId, UUID parentId,
        Instant addedAt) implements DomainEvent {
}
