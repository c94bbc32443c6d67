package com.weighttracker.messaging.application.port.out;

import java.time.Instant;

import com.weighttracker.messaging.domain.Conversation;

/** A conversation in someone's list: when its last message came, its last seq, and how many they have not read. */
public record ConversationSummary(Conversation conversation, Instant lastMessageAt, long lastSeq, long unread) {
}
