package com.weighttracker.gamification.application.port.in;

import com.weighttracker.shared.UserId;

/** Right to be forgotten: a purged user's achievements and points go. */
public interface ForgetPlayerUseCase {

    /** Idempotent: a second call finds nothing left. */
    void forget(UserId user);
}
