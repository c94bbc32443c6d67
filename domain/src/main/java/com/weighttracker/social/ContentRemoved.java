package com.weighttracker.social;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * A moderator removed a post or a comment (not its author's own deletion): {@code affected} wrote it
 * and may be told so.
 */
public record ContentRemoved(ContentKind kind, UUID contentId, UserId affected, UserId removedBy, Instant removedAt)
        implements DomainEvent {
}
