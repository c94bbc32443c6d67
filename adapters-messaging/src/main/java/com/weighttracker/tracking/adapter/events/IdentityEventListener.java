package com.weighttracker.tracking.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.tracking.application.port.in.ForgetUserUseCase;

/**
 * Right to be forgotten: a purged user's weigh-ins and goal go too. Runs after identity's
 * transaction committed, from the outbox, so a crash in between only delays it.
 */
@Component
class IdentityEventListener {

    private final ForgetUserUseCase forget;

    IdentityEventListener(ForgetUserUseCase forget) {
        this.forget = forget;
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        forget.forget(purged.userId());
    }
}
