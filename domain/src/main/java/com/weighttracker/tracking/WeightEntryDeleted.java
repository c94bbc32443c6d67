package com.weighttracker.tracking;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;
import com.weighttracker.shared.UserId;

/** A weigh-in was removed; {@code recordedAt} is when it had been taken. */
@FrequentEvent(feed = "WeighInChanges")
public record WeightEntryDeleted(UUID entryId, UserId userId, Instant recordedAt) implements DomainEvent {
}
