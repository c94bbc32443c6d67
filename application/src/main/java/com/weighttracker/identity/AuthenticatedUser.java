package com.weighttracker.identity;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/**
 * The user an accepted access token speaks for, as the token says: {@code emailVerified} is the
 * state when the token was issued (a session refreshed after verifying says {@code true}).
 */
public record AuthenticatedUser(UserId userId, String username, boolean emailVerified, Instant expiresAt) {
}
