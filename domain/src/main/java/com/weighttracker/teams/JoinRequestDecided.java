package com.weighttracker.teams;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** Someone who may decide join requests approved or rejected {@code userId}'s request to join a private team. */
public record JoinRequestDecided(UUID requestId, UUID teamId, UserId userId, boolean approved, Instant decidedAt)
        implements DomainEvent {
}
