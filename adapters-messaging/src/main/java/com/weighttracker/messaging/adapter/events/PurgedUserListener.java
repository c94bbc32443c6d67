package com.weighttracker.messaging.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.messaging.application.port.in.ForgetUserUseCase;

/** Right to be forgotten: after identity's commit, from the outbox; running it again changes nothing. */
@Component
class PurgedUserListener {

    private final ForgetUserUseCase forget;

    PurgedUserListener(ForgetUserUseCase forget) {
        this.forget = forget;
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        forget.forget(purged.userId());
    }
}
