package com.weighttracker.notifications.application.port.in;

import com.weighttracker.shared.UserId;

/** What notifications do when identity's accounts change. */
public interface AccountEventsUseCase {

    /** The welcome, once the user verified their address: in the app, and by e-mail. Idempotent. */
    void welcome(UserId user);

    /** Forgets everything notifications holds of a purged user. Idempotent. */
    void forget(UserId user);
}
