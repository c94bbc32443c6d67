package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.social.ContentKind;

/** A report as its reporter sees it. */
public record ReportView(UUID id, ContentKind kind, UUID contentId, String reason, Instant createdAt) {
}
