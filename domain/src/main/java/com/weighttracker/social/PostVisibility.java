package com.weighttracker.social;

/** Who may read a post: every signed-in user, or the members of its team. */
public enum PostVisibility {
    PUBLIC, TEAM
}
