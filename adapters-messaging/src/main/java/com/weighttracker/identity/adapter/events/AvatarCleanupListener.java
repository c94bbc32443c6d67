package com.weighttracker.identity.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.identity.application.port.in.DiscardUserAvatarUseCase;

/**
 * A purged user's avatar goes with them (right to be forgotten), after the purge committed, from
 * the outbox: a failure (storage away, a crash) is retried, and discarding again is harmless.
 */
@Component
class AvatarCleanupListener {

    private final DiscardUserAvatarUseCase avatars;

    AvatarCleanupListener(DiscardUserAvatarUseCase avatars) {
        this.avatars = avatars;
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        avatars.discardOf(purged.userId());
    }
}
