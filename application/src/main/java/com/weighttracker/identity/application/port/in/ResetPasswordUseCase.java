package com.weighttracker.identity.application.port.in;

public interface ResetPasswordUseCase {

    /**
     * Sends a reset link valid for one hour if the address belongs to an account. Says nothing
     * either way, so nobody can probe which addresses are registered.
     */
    void requestReset(String email, String captchaResponse, String clientIp);

    /** Sets a new password with the token from the e-mail and ends every session. */
    void reset(String token, String newPassword);
}
