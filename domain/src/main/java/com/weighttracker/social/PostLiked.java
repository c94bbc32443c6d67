package com.weighttracker.social;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * Someone liked a post (once per user and post: a repeated like publishes nothing). The post's type
 * lets gamification count likes on tips.
 */
public record PostLiked(UUID postId, UserId authorId, PostType type, UserId likedBy, Instant likedAt)
        implements DomainEvent {
}
