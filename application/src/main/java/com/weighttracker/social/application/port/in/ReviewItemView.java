package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.social.ContentKind;

/** An item in a review queue: what was written, by whom, and why it is there. */
public record ReviewItemView(ContentKind kind, UUID contentId, UUID postId, UUID teamId, AuthorView author,
        String content, String status, int reports, List<String> reasons, Instant firstReportedAt) {
}
