package com.weighttracker.challenges.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.challenges.application.port.in.ForgetParticipantUseCase;
import com.weighttracker.identity.UserPurged;

/** Right to be forgotten: after identity's commit, from the outbox; running it again changes nothing. */
@Component
class PurgedParticipantListener {

    private final ForgetParticipantUseCase forget;

    PurgedParticipantListener(ForgetParticipantUseCase forget) {
        this.forget = forget;
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        forget.forget(purged.userId());
    }
}
