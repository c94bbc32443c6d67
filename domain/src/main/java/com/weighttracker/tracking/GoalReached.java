package com.weighttracker.tracking;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/** A weigh-in reached the user's goal weight for the first time since the goal was set. */
public record GoalReached(UserId userId, Mass target, Instant reachedAt) implements DomainEvent {
}
