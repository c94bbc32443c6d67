package com.weighttracker.messaging.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.messaging.domain.ConversationKind;
import com.weighttracker.shared.UserId;

/** A conversation as a participant sees it, with the count of messages of others they have not read. */
public record ConversationView(UUID id, ConversationKind kind, String name, boolean hasAvatar, UserId ownerId,
        UUID teamId, List<ParticipantView> participants, Instant createdAt, Instant lastMessageAt, long lastSeq,
        long unreadCount) {
}
