package com.weighttracker.messaging.adapter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.messaging.domain.ConversationKind;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of /v1/conversations and /v1/messages, made from the use cases' views by {@link MessagingRestMapper}. */
final class MessagingResponses {

    private MessagingResponses() {
    }

    /** A participant's receipts as message seqs: every message with a seq up to these reached / was read by them. */
    record Participant(UUID userId, Instant joinedAt, long deliveredUpTo, long readUpTo) {
    }

    /** A conversation as one of its participants sees it. */
    record Conversation(UUID id, @Schema(allowableValues = { "direct", "group", "team" }) ConversationKind kind,
            @Schema(nullable = true, description = "a group's name or a team chat's team name; null for a direct one")
            String name,
            @Schema(nullable = true, description = "a group's avatar, null without one") String avatarUrl,
            @Schema(nullable = true, description = "a group's owner") UUID ownerId,
            @Schema(nullable = true, description = "a team chat's team") UUID teamId,
            List<Participant> participants, Instant createdAt,
            @Schema(nullable = true) Instant lastMessageAt,
            @Schema(description = "the seq of its latest message, 0 without any") long lastSeq,
            @Schema(description = "messages of others after your read marker") long unreadCount) {
    }

    /** A message; a deleted one keeps its place with {@code deleted} true and neither text nor image. */
    record Message(UUID id, UUID conversationId,
            @Schema(description = "its place in the conversation, increasing") long seq, UUID senderId,
            @Schema(nullable = true) String text,
            @Schema(nullable = true, description = "where its image is, null without one") String imageUrl,
            @Schema(nullable = true, description = "the idempotency key it was sent with") String clientKey,
            Instant sentAt, @Schema(nullable = true) Instant editedAt, boolean deleted) {
    }

    /** Messages oldest first; {@code hasMore}: there are more in the direction asked (older for the latest page). */
    record MessagePage(List<Message> messages, boolean hasMore) {
    }

    record Receipt(UUID conversationId, UUID userId, long deliveredUpTo, long readUpTo) {
    }

    record Unread(@Schema(description = "counted up to 10000") long total) {
    }
}
