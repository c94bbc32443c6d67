package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.social.ContentKind;

/** One of a user's posts or comments as moderators see it, whatever its status. */
public record ContentHistoryView(ContentKind kind, UUID id, UUID postId, UUID teamId, String content, String status,
        Instant createdAt, Instant moderatedAt, UUID moderatedBy) {
}
