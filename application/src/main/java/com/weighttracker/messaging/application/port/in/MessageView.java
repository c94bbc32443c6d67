package com.weighttracker.messaging.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.messaging.domain.Message;
import com.weighttracker.shared.UserId;

/** A message; a deleted one keeps its place ({@code deleted}, no text, no image). */
public record MessageView(UUID id, UUID conversationId, long seq, UserId senderId, String text, boolean hasImage,
        String clientKey, Instant sentAt, Instant editedAt, boolean deleted) {

    public static MessageView of(Message message) {
        return new MessageView(message.getId().value(), message.conversationId().value(), message.seq(),
                message.sender(), message.text().orElse(null), message.imageKey().isPresent(),
                message.clientKey().orElse(null), message.sentAt(), message.editedAt().orElse(null),
                message.isDeleted());
    }
}
