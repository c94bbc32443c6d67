package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

public interface ChangePasswordUseCase {

    /** Changes the password; every other session ends, and the caller gets a fresh one. */
    SessionTokens change(UserId userId, String currentPassword, String newPassword);
}
