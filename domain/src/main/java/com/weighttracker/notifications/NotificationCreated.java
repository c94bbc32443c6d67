package com.weighttracker.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;
import com.weighttracker.shared.UserId;

/**
 * A notification landed in the user's notification centre. The seam for live delivery: messaging's
 * STOMP queue pushes it with a derived reaction (ADR 16), never keeping state from it, which is why
 * it is frequent (a weekly summary makes one per subscriber).
 */
@FrequentEvent
public record NotificationCreated(UUID notificationId, UserId userId, String category, String title,
        Instant createdAt) implements DomainEvent {
}
