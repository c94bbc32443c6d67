package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

/** A change of a user's facts has committed: what was kept of them is forgotten (ADR 20). */
public interface UserFactsChangedUseCase {

    void factsChanged(UserId user);
}
