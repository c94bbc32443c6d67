package com.weighttracker.identity;

import com.weighttracker.shared.UserId;

/**
 * Identity's published query: whether an account holds the platform moderator role (FR-4.1.4),
 * which reviews public content. The role is granted by configuration
 * ({@code weighttracker.moderation.platform-moderators}: e-mail addresses or usernames), never
 * through the API.
 */
public interface PlatformModerators {

    boolean isPlatformModerator(UserId userId);
}
