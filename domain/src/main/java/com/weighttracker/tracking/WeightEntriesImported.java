package com.weighttracker.tracking;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * A file import added {@code count} weigh-ins to the user's history, all recorded in
 * [{@code from}, {@code to}] (both inclusive). Published once per import instead of one
 * {@link WeightRecorded} per row (ADR 12): a listener that keeps something per weigh-in
 * recomputes that span. {@code source} is {@code import:<format>}, as on the entries.
 */
public record WeightEntriesImported(UserId userId, String source, int count, Instant from, Instant to,
        Instant importedAt) implements DomainEvent {
}
