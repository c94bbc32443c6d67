package com.weighttracker.messaging.application.port.out;

import java.time.Instant;

import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.MessageId;
import com.weighttracker.shared.UserId;

/** A message to store: everything but its seq, which the conversation hands out as it is stored. */
public record MessageDraft(MessageId id, ConversationId conversationId, UserId sender, String text, String imageKey,
        String clientKey, Instant sentAt) {
}
