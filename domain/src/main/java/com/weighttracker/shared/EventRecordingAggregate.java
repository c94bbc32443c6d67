package com.weighttracker.shared;

import java.util.ArrayList;
import java.util.List;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;

/**
 * An aggregate root that records the events its state changes cause. Nobody publishes them by
 * hand: every aggregate a transaction's repositories add, load or save is remembered, and its
 * recorded events are published when that transaction commits, in the same transaction (the outbox;
 * ADR 16). A rolled-back transaction publishes nothing.
 */
public abstract class EventRecordingAggregate<T extends AggregateRoot<T, ID>, ID extends Identifier>
        implements AggregateRoot<T, ID> {

    private final List<DomainEvent> events = new ArrayList<>();

    protected void register(DomainEvent event) {
        events.add(event);
    }

    /** Whether events were recorded since the last {@link #drainEvents()}. */
    public boolean hasPendingEvents() {
        return !events.isEmpty();
    }

    /** The events recorded since the last call, oldest first; the aggregate forgets them. */
    public List<DomainEvent> drainEvents() {
        var drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
