package com.weighttracker.teams.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.teams.application.port.in.ForgetMemberUseCase;

/**
 * Right to be forgotten: a purged user leaves every team, their join requests go, and a team they
 * owned passes on (or ends). Runs after identity's transaction committed, from the outbox, so a
 * crash in between only delays it; running it again finishes what a failure interrupted.
 */
@Component
class PurgedMemberListener {

    private final ForgetMemberUseCase forget;

    PurgedMemberListener(ForgetMemberUseCase forget) {
        this.forget = forget;
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        forget.forget(purged.userId());
    }
}
