package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

public interface DeleteAccountUseCase {

    /**
     * Soft-deletes the account: the user vanishes from public views and every session ends; the
     * data is purged after the grace period unless they log in again.
     */
    void requestDeletion(UserId userId);
}
