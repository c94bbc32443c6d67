package com.weighttracker.platform.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.application.DomainEvents;

/**
 * The one mechanism that publishes the events aggregates record (ADR 16): every aggregate that goes
 * into or comes out of a repository inside a transaction is remembered, and just before that
 * transaction commits the events each one recorded are published, in the order the aggregates were
 * first seen — inside the transaction, so they are stored in the outbox with the change. Use cases
 * never call {@code drainEvents()} or publish recorded events themselves.
 */
@Component
class RecordedEvents {

    private static final Object KEY = RecordedEvents.class;

    private final DomainEvents events;

    RecordedEvents(DomainEvents events) {
        this.events = events;
    }

    /** Remembers every aggregate in {@code value}: an aggregate, or one inside an Optional, collection, map or page. */
    void track(Object value) {
        if (value instanceof EventRecordingAggregate<?, ?> aggregate) {
            remember(aggregate);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(this::track);
        } else if (value instanceof Collection<?> collection) {
            trackAll(collection);
        } else if (value instanceof Map<?, ?> map) {
            trackAll(map.values());
        } else if (value instanceof Page<?> page) {
            trackAll(page.items());
        }
    }

    private void trackAll(Collection<?> values) {
        if (values.isEmpty() || !(values.iterator().next() instanceof EventRecordingAggregate<?, ?>)) {
            return;
        }
        values.forEach(this::track);
    }

    private void remember(EventRecordingAggregate<?, ?> aggregate) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (aggregate.hasPendingEvents()) {
                throw new IllegalStateException(aggregate.getClass().getSimpleName()
                        + " recorded events outside a transaction: they would be lost");
            }
            return;
        }
        var unit = (UnitOfWork) TransactionSynchronizationManager.getResource(KEY);
        if (unit == null) {
            unit = new UnitOfWork();
            TransactionSynchronizationManager.bindResource(KEY, unit);
            TransactionSynchronizationManager.registerSynchronization(unit);
        }
        unit.add(aggregate);
    }

    private final class UnitOfWork implements TransactionSynchronization {

        private final List<EventRecordingAggregate<?, ?>> seen = new ArrayList<>();
        private final Set<EventRecordingAggregate<?, ?>> known = Collections.newSetFromMap(new IdentityHashMap<>());

        void add(EventRecordingAggregate<?, ?> aggregate) {
            if (known.add(aggregate)) {
                seen.add(aggregate);
            }
        }

        /** By index: a listener that runs inside the transaction may bring more aggregates along. */
        @Override
        public void beforeCommit(boolean readOnly) {
            for (var i = 0; i < seen.size(); i++) {
                events.publishAll(seen.get(i).drainEvents());
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
