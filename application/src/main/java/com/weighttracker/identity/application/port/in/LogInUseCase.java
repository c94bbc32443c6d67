package com.weighttracker.identity.application.port.in;

public interface LogInUseCase {

    /**
     * Signs a user in. Unverified accounts may log in; logging in within the deletion grace
     * period cancels the deletion. Wrong e-mail and wrong password are indistinguishable.
     */
    SignedIn logIn(LogInCommand command);
}
