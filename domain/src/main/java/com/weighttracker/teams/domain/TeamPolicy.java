package com.weighttracker.teams.domain;

import static com.weighttracker.teams.TeamRole.ADMIN;
import static com.weighttracker.teams.TeamRole.MEMBER;
import static com.weighttracker.teams.TeamRole.MODERATOR;
import static com.weighttracker.teams.TeamRole.OWNER;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.TeamRejections.RoleDoesNotAllow;

/**
 * What each role may do (FR-3.3): the owner everything, including transferring ownership and
 * deleting the team; admins invite and remove members, manage challenges and edit the team;
 * moderators moderate posts and manage challenges; members take part, post and message. Actions on
 * another member ({@link TeamAction#REMOVE_MEMBER}, {@link TeamAction#CHANGE_ROLE}) also need the
 * actor to outrank that member, see {@link #mayActOn}.
 */
public final class TeamPolicy {

    private static final Set<TeamAction> EVERY_MEMBER = EnumSet.of(TeamAction.VIEW_TEAM, TeamAction.VIEW_MEMBERS,
            TeamAction.VIEW_LEADERBOARD, TeamAction.POST, TeamAction.MESSAGE, TeamAction.LEAVE);

    private static final Map<TeamRole, Set<TeamAction>> ALLOWED = new EnumMap<>(TeamRole.class);

    static {
        var moderator = EnumSet.copyOf(EVERY_MEMBER);
        moderator.addAll(EnumSet.of(TeamAction.MODERATE_POSTS, TeamAction.MANAGE_CHALLENGES));
        var admin = EnumSet.copyOf(moderator);
        admin.addAll(EnumSet.of(TeamAction.EDIT_TEAM, TeamAction.MANAGE_INVITE_CODES,
                TeamAction.DECIDE_JOIN_REQUESTS, TeamAction.REMOVE_MEMBER, TeamAction.CHANGE_ROLE,
                TeamAction.VIEW_ANALYTICS));
        var owner = EnumSet.allOf(TeamAction.class);
        // the owner cannot simply leave: ownership is transferred first
        owner.remove(TeamAction.LEAVE);
        ALLOWED.put(MEMBER, EVERY_MEMBER);
        ALLOWED.put(MODERATOR, moderator);
        ALLOWED.put(ADMIN, admin);
        ALLOWED.put(OWNER, owner);
    }

    private TeamPolicy() {
    }

    public static boolean allows(TeamRole role, TeamAction action) {
        return ALLOWED.get(role).contains(action);
    }

    /** Refuses with 403 unless {@code role} may do {@code action}. */
    public static void require(TeamRole role, TeamAction action) {
        if (!allows(role, action)) {
            throw new RoleDoesNotAllow(role);
        }
    }

    /** Whether {@code actor} may remove {@code target} or change its role: only someone who outranks it. */
    public static boolean mayActOn(TeamRole actor, TeamRole target) {
        return actor.ordinal() < target.ordinal();
    }
}
