package com.weighttracker.identity.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** A user's avatar as stored: its type, size and pixels after decoding and re-encoding (ADR 10). */
public record UserAvatarView(UUID userId, String contentType, long size, int width, int height, Instant changedAt) {
}
