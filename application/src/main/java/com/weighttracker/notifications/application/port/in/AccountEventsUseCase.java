package com.weighttracker.notifications.application.port.in;

import com.weighttracker.shared.UserId;

/** What notifications do when identity's accounts change. */
public interface AccountEventsUseCase {

    /** The welcome, once the user verified their address: in the app, and by e-mail. Idempotent. */
    void welcome(UserId user);

    /** The user's profile changed: their reminders and summary are planned again in {@code zone}. Idempotent. */
    void zoneChanged(UserId user, java.time.ZoneId zone);

    /** Forgets everything notifications holds of a purged user. Idempotent. */
    void forget(UserId user);
}
