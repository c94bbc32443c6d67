package com.weighttracker.tracking;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/** A weigh-in was logged by hand; a file import publishes one {@link WeightEntriesImported} instead. */
@FrequentEvent(feed = "WeighInChanges")
public record WeightRecorded(UUID entryId, UserId userId, Mass mass, Instant recordedAt) implements DomainEvent {
}
