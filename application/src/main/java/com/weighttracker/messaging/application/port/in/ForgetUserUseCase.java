package com.weighttracker.messaging.application.port.in;

import com.weighttracker.shared.UserId;

/** Right to be forgotten (identity's {@code UserPurged}): messaging keeps nothing of the user. */
public interface ForgetUserUseCase {

    /**
     * Removes the user from every conversation and turns every message they sent into a tombstone
     * (text and image gone, its place in the conversation kept); running it again changes nothing.
     */
    void forget(UserId user);
}
