package com.weighttracker.social.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserPurged;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.social.application.port.in.DepartingAuthorsUseCase;

/**
 * A user asking for deletion vanishes from every feed and thread, comes back if they log in again
 * within the grace period, and is forgotten when purged. Each runs after identity's transaction
 * committed, from the outbox (at least once); each use case is idempotent.
 */
@Component
class DepartingAuthorListener {

    private final DepartingAuthorsUseCase authors;

    DepartingAuthorListener(DepartingAuthorsUseCase authors) {
        this.authors = authors;
    }

    @ApplicationModuleListener
    void on(UserDeletionRequested requested) {
        authors.hide(requested.userId());
    }

    @ApplicationModuleListener
    void on(UserReactivated reactivated) {
        authors.show(reactivated.userId());
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        authors.forget(purged.userId());
    }
}
