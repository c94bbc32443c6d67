package com.weighttracker.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * A message was stored in a conversation (FR-4.2.2): notifications tells the participants who are
 * away from it ({@link MessageRecipients}). It carries no text: whoever needs more reads it now.
 * Not a {@code @FrequentEvent}: its one consumer keeps state (a notification per away recipient), so
 * it takes the outbox (ADR 16), one row per message beside the message's own row.
 */
public record MessageSent(UUID messageId, UUID conversationId, long seq, UserId senderId, Instant sentAt)
        implements DomainEvent {
}
