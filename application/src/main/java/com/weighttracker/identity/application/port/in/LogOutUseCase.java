package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

public interface LogOutUseCase {

    /** Ends the session the refresh token belongs to. Unknown tokens are ignored. */
    void logOut(String refreshToken);

    /** Ends every session of the user, on every device. */
    void logOutEverywhere(UserId userId);
}
