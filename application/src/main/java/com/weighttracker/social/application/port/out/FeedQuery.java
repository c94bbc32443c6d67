package com.weighttracker.social.application.port.out;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * The posts one feed page may show, newest first, strictly after the position {@code (beforeCreatedAt,
 * beforeId)} when given. Only visible posts (and the reader's own held ones) of authors not pending
 * deletion and not blocked by the reader.
 *
 * @param publicOnly public posts only
 * @param teamIds when not null, only team posts of these teams
 * @param authorId when not null, only this author's posts
 * @param tag when not null, only posts with this (normalised) tag
 */
public record FeedQuery(UserId reader, boolean publicOnly, Set<UUID> teamIds, UserId authorId, String tag,
        Instant beforeCreatedAt, UUID beforeId, int limit) {
}
