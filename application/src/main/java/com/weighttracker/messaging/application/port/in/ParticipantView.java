package com.weighttracker.messaging.application.port.in;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/** A participant and their receipts: every message with a seq up to {@code deliveredUpTo} reached one of their clients, up to {@code readUpTo} they read. */
public record ParticipantView(UserId userId, Instant joinedAt, long deliveredUpTo, long readUpTo) {
}
