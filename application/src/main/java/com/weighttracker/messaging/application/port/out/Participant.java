package com.weighttracker.messaging.application.port.out;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/** A participant of a conversation with their receipts: the highest message seq delivered to and read by them. */
public record Participant(UserId userId, Instant joinedAt, long deliveredSeq, long readSeq) {
}
