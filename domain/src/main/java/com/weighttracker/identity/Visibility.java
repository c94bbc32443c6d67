package com.weighttracker.identity;

/** Who may see a part of a user's data (their profile, their weights). */
public enum Visibility {
    /** Everyone signed in. */
    PUBLIC,
    /** Only the user. */
    PRIVATE
}
