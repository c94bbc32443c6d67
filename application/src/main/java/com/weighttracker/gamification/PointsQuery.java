package com.weighttracker.gamification;

import java.util.Collection;
import java.util.Map;

import com.weighttracker.shared.UserId;

/**
 * Gamification's published query: the points users earned with achievements and challenges won
 * (FR-6.2). Teams' leaderboard reads it through {@code teams.MemberPoints}, which the same bean implements.
 */
public interface PointsQuery {

    /** The most users one call may ask about. */
    int MAX_USERS = 500;

    /** Points by user, in one query; users without points are missing. */
    Map<UserId, Integer> pointsOf(Collection<UserId> users);
}
