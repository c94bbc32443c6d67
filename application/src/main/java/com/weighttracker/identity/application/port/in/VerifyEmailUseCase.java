package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

public interface VerifyEmailUseCase {

    /** Redeems the token from the verification e-mail. */
    void verify(String token);

    /** Sends a fresh verification e-mail; earlier links stop working. */
    void resendVerification(UserId userId);
}
