package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.social.ContentKind;

/** An item after a moderator's decision: its status, and who decided when. */
public record ModeratedView(ContentKind kind, UUID contentId, String status, UUID moderatedBy, Instant moderatedAt) {
}
