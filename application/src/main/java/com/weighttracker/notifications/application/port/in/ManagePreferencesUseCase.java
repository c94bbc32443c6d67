package com.weighttracker.notifications.application.port.in;

import com.weighttracker.notifications.domain.PreferencesChange;
import com.weighttracker.shared.UserId;

public interface ManagePreferencesUseCase {

    /** The user's choices, the defaults where they chose nothing. */
    PreferencesView get(UserId user);

    PreferencesView change(UserId user, PreferencesChange change);
}
