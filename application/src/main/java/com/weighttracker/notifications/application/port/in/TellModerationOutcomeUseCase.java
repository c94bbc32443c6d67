package com.weighttracker.notifications.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Social's moderation outcomes for the author they affect (category {@code moderation}). */
public interface TellModerationOutcomeUseCase {

    /** A moderator removed the author's post or comment; idempotent per removed item. */
    void contentRemoved(UserId author, boolean comment, UUID contentId);
}
