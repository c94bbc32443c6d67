package com.weighttracker.identity.adapter.events;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.UserPurged;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.identity.application.port.in.UserFactsChangedUseCase;
import com.weighttracker.shared.UserId;

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

    @EventListener
    void on(UserProfileChanged event) {
        afterCommit(event.userId());
    }

    @EventListener
    void on(UserDeletionRequested event) {
        afterCommit(event.userId());
    }

    @EventListener
    void on(UserReactivated event) {
        afterCommit(event.userId());
    }

    @EventListener
    void on(UserPurged event) {
        afterCommit(event.userId());
    }

    private void afterCommit(UserId user) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changed.factsChanged(user);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    changed.factsChanged(user);
                }
            }
        });
    }
}
