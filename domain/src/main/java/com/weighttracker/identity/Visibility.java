package com.weighttracker.identity;

import com.weighttracker.shared.UserId;

/** Who may see a part of a user's data (their profile, their weights). */
public enum Visibility {
    /** Everyone signed in. */
    PUBLIC,
    /** Only the user. */
    PRIVATE;

    /** Whether {@code viewer} may see what {@code owner} shares with this visibility. */
    public boolean admits(UserId owner, UserId viewer) {
        return this == PUBLIC || owner.equals(viewer);
    }
}
