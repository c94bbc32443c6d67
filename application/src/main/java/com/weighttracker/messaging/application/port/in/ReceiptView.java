package com.weighttracker.messaging.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** A participant's receipts in a conversation, as seqs: delivered and read up to. */
public record ReceiptView(UUID conversationId, UserId userId, long deliveredUpTo, long readUpTo) {
}
