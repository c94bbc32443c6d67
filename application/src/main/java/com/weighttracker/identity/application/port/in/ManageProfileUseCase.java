package com.weighttracker.identity.application.port.in;

import com.weighttracker.identity.domain.ProfileChanges;
import com.weighttracker.shared.UserId;

public interface ManageProfileUseCase {

    AccountView viewOwn(UserId userId);

    AccountView update(UserId userId, ProfileChanges changes);
}
