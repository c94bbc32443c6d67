package com.weighttracker.shared.application;

import java.util.Collection;

import org.jmolecules.event.types.DomainEvent;

/**
 * Publishes domain events to other contexts. Must be called inside a transaction: the events are
 * stored with the change (outbox) and delivered to listeners after commit.
 */
public interface DomainEvents {

    void publish(DomainEvent event);

    default void publishAll(Collection<? extends DomainEvent> events) {
        events.forEach(this::publish);
    }
}
