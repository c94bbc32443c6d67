package com.weighttracker.challenges.application.port.in;

import com.weighttracker.shared.UserId;

/** Right to be forgotten: a purged user leaves every challenge, and their challenges that have not started go. */
public interface ForgetParticipantUseCase {

    /** Idempotent: a second call finds nothing left. */
    void forget(UserId user);
}
