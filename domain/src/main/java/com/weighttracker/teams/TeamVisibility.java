package com.weighttracker.teams;

/** Who can find and join a team (FR-3.1). */
public enum TeamVisibility {
    /** Listed when browsing; anyone signed in can join. */
    PUBLIC,
    /** Not listed; joined with an invite code or an approved join request. Outsiders get 404. */
    PRIVATE
}
