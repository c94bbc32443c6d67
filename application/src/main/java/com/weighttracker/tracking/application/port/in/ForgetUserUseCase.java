package com.weighttracker.tracking.application.port.in;

import com.weighttracker.shared.UserId;

/** Right to be forgotten: when identity purges a user, tracking deletes their data. */
public interface ForgetUserUseCase {

    void forget(UserId userId);
}
