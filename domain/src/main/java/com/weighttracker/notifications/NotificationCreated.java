package com.weighttracker.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;
import com.weighttracker.shared.UserId;

/**
 * A notification landed in the user's notification centre (recorded once stored, never for a repeated
 * cause). The seam for live delivery: a derived reaction (ADR 16) pushes it to the user's STOMP queue
 * {@code /user/queue/notifications}, never keeping state from it, which is why it is frequent (a weekly
 * summary makes one per subscriber).
 */
@FrequentEvent
public record NotificationCreated(UUID notificationId, UserId userId, String category, String title,
        Instant createdAt) implements DomainEvent {
}
