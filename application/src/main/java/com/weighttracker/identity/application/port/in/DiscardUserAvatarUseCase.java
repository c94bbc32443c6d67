package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

/** Deletes a purged user's avatar, image first, then its record, so a retry finishes the job. */
public interface DiscardUserAvatarUseCase {

    void discardOf(UserId userId);
}
