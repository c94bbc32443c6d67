package com.weighttracker.teams;

/** A member's role in a team, from most to least powerful (FR-3.3). */
public enum TeamRole {
    OWNER, ADMIN, MODERATOR, MEMBER
}
