package com.weighttracker.tracking;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/** The user set (or changed) their goal weight; {@code targetDate} may be null. */
public record GoalSet(UserId userId, Mass target, LocalDate targetDate, Instant setAt) implements DomainEvent {
}
