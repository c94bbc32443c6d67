package com.weighttracker.tracking;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/**
 * The user's trend reached their goal weight, for the first time since the goal was set (ADR 9: the
 * trend, not one weigh-in). {@code reachedAt} is when the goal watcher saw the weigh-in, correction,
 * deletion or import that brought the trend there: within about a second of it (ADR 16).
 */
public record GoalReached(UserId userId, Mass target, Instant reachedAt) implements DomainEvent {
}
