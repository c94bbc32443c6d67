package com.weighttracker.messaging.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** "Is typing" (FR-4.2.3): pushed to the conversation at most once per {@link #THROTTLE_SECONDS} seconds per user, never stored. */
public interface TypingUseCase {

    int THROTTLE_SECONDS = 2;

    void typing(UserId user, UUID conversationId);
}
