package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;

/** A post as one reader sees it: its author, counts, and whether the reader liked it. */
public record PostView(UUID id, AuthorView author, PostType type, String title, String content, List<String> tags,
        PostVisibility visibility, UUID teamId, MilestoneView milestone, List<UUID> imageIds, String status, int likeCount,
        int commentCount, boolean likedByMe, Instant createdAt, Instant updatedAt) {
}
