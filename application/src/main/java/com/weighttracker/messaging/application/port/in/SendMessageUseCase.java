package com.weighttracker.messaging.application.port.in;

/**
 * Sends a message (FR-4.2.2), over REST or STOMP alike: stored first, then pushed. A participant
 * only; in a direct conversation not when either blocked the other.
 */
public interface SendMessageUseCase {

    /** The message, and whether this call made it (false: the client key was used for it already). */
    record Sent(MessageView message, boolean created) {
    }

    Sent send(SendMessage command);
}
