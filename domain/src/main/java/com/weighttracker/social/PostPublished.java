package com.weighttracker.social;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A post went out; {@code teamId} is set for a team-only post. */
public record PostPublished(UUID postId, UserId authorId, PostType type, PostVisibility visibility, UUID teamId,
        Instant publishedAt) implements DomainEvent {
}
