package com.weighttracker.teams.domain;

/** Everything a member may try to do in a team; {@link TeamPolicy} says which role may do what. */
public enum TeamAction {
    /** See the team itself (its name, description, counts). */
    VIEW_TEAM,
    VIEW_MEMBERS,
    VIEW_LEADERBOARD,
    POST,
    MESSAGE,
    LEAVE,
    MODERATE_POSTS,
    MANAGE_CHALLENGES,
    EDIT_TEAM,
    MANAGE_INVITE_CODES,
    DECIDE_JOIN_REQUESTS,
    REMOVE_MEMBER,
    CHANGE_ROLE,
    VIEW_ANALYTICS,
    TRANSFER_OWNERSHIP,
    DELETE_TEAM
}
