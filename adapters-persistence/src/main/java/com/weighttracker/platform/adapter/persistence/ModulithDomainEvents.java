package com.weighttracker.platform.adapter.persistence;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.weighttracker.shared.FrequentEvent;
import com.weighttracker.shared.application.DomainEvents;

/**
 * Publishes through Spring, where Spring Modulith's JDBC registry stores each event for each
 * listener in the current transaction (the outbox) and delivers it after commit. A
 * {@link FrequentEvent} may also go out without a transaction: only derived reactions (ADR 16)
 * listen to one, and they run at once then.
 */
@Component
class ModulithDomainEvents implements DomainEvents {

    private final ApplicationEventPublisher publisher;

    ModulithDomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(DomainEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                && !event.getClass().isAnnotationPresent(FrequentEvent.class)) {
            throw new IllegalStateException("domain events must be published inside a transaction");
        }
        publisher.publishEvent(event);
    }
}
