package com.weighttracker.identity.adapter.events;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.UserPurged;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.identity.application.port.in.UserFactsChangedUseCase;

/**
 * Identity's own events that change a user's facts (name, who may see weights and profile, pending
 * deletion, purge) evict the kept facts once the change has committed, on the writing thread, before
 * the writing request answers: not a derived reaction (asynchronous, loss-tolerant), because the facts
 * decide privacy (ADR 20). A rollback evicts nothing (nothing changed). Avatars have no event: their
 * use case evicts after its transaction.
 */
@Component
class UserFactsEviction {

    private final UserFactsChangedUseCase changed;

    UserFactsEviction(UserFactsChangedUseCase changed) {
        this.changed = changed;
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(UserProfileChanged event) {
        changed.factsChanged(event.userId());
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(UserDeletionRequested event) {
        changed.factsChanged(event.userId());
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(UserReactivated event) {
        changed.factsChanged(event.userId());
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(UserPurged event) {
        changed.factsChanged(event.userId());
    }
}
