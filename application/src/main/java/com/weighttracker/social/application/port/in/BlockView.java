package com.weighttracker.social.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** Someone I blocked; username and display name are null for an account that is gone or pending deletion. */
public record BlockView(UUID userId, String username, String displayName, Instant blockedAt) {
}
