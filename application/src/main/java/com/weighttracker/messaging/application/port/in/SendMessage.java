package com.weighttracker.messaging.application.port.in;

import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageUpload;

/**
 * A message to send: text and/or an image, and the sender's idempotency key (a retried send with
 * the same key answers the message the first made).
 */
public record SendMessage(UserId sender, UUID conversationId, String text, ImageUpload image, String clientKey) {

    public SendMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
