package com.weighttracker.teams;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A team was created; its creator is its owner and first member. */
public record TeamCreated(UUID teamId, String name, TeamVisibility visibility, UserId owner) implements DomainEvent {
}
