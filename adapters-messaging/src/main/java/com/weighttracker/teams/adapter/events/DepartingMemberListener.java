package com.weighttracker.teams.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.teams.application.port.in.DepartingMembersUseCase;

/**
 * A user who asked to delete their account leaves member lists (and comes back if they log in again
 * within the grace period). Durable: from the outbox after identity's transaction committed.
 */
@Component
class DepartingMemberListener {

    private final DepartingMembersUseCase departing;

    DepartingMemberListener(DepartingMembersUseCase departing) {
        this.departing = departing;
    }

    @ApplicationModuleListener
    void on(UserDeletionRequested requested) {
        departing.departing(requested.userId(), requested.requestedAt());
    }

    @ApplicationModuleListener
    void on(UserReactivated reactivated) {
        departing.stayed(reactivated.userId(), reactivated.reactivatedAt());
    }
}
