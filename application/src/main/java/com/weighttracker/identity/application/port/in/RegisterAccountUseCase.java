package com.weighttracker.identity.application.port.in;

public interface RegisterAccountUseCase {

    /** Creates the account, sends the verification e-mail and signs the new user in. */
    SignedIn register(RegisterAccountCommand command);
}
