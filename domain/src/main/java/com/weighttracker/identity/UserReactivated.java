package com.weighttracker.identity;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A user who had asked for deletion logged in again within the grace period. */
public record UserReactivated(UserId userId, Instant reactivatedAt) implements DomainEvent {
}
