package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;

public interface ViewUserProfileUseCase {

    /** Another user's card as {@code viewer} may see it; deleted users do not exist. */
    UserCard view(UserId viewer, UserId target);
}
