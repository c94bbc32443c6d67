package com.weighttracker.tracking;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/** A weigh-in's mass or time was changed after the fact. */
@FrequentEvent(feed = "WeighInChanges")
public record WeightEntryCorrected(UUID entryId, UserId userId, Mass mass, Instant recordedAt) implements DomainEvent {
}
