package com.weighttracker.identity.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.identity.Visibility;

/**
 * Another user as the viewer may see them. For a private profile only id, username and display
 * name are filled; {@code bio} and {@code memberSince} are null and {@code hasAvatar} is false.
 */
public record UserCard(UUID id, String username, String displayName, Visibility profileVisibility, String bio,
        Instant memberSince, boolean hasAvatar) {
}
