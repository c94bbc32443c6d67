package com.weighttracker.shared;

import java.util.ArrayList;
import java.util.List;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;

/**
 * An aggregate root that records the events its state changes cause. The application service
 * publishes them after saving the aggregate, inside the same transaction (the outbox).
 */
public abstract class EventRecordingAggregate<T extends AggregateRoot<T, ID>, ID extends Identifier>
        implements AggregateRoot<T, ID> {

    private final List<DomainEvent> events = new ArrayList<>();

    protected void register(DomainEvent event) {
        events.add(event);
    }

    /** The events recorded since the last call, oldest first; the aggregate forgets them. */
    public List<DomainEvent> drainEvents() {
        var drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
