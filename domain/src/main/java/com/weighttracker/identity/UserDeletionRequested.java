package com.weighttracker.identity;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * The user asked to delete their account. They vanish from every public view now; their data is
 * purged at {@code purgeAfter} unless they log in again before.
 */
public record UserDeletionRequested(UserId userId, Instant requestedAt, Instant purgeAfter) implements DomainEvent {
}
