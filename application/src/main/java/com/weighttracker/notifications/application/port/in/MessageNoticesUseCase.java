package com.weighttracker.notifications.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Tells the participants away from a conversation that a message arrived (category {@code message}). */
public interface MessageNoticesUseCase {

    /**
     * One notice per recipient and conversation until they read it: further messages before then
     * change nothing (and a second delivery of the same message neither).
     */
    void messageSent(UUID conversationId, long seq, UserId sender);
}
