package com.weighttracker.teams;

import java.util.Collection;
import java.util.Map;

import com.weighttracker.shared.UserId;

/**
 * The points members earned, for the leaderboard's {@code points} sort: declared here and implemented
 * by the context that awards points (gamification's published points query), so teams does not depend
 * on it (gamification depends on teams, and challenges, which gamification follows, on teams too: the
 * other direction would be a cycle; ADR 26). Without an implementation every member has 0.
 */
public interface MemberPoints {

    /** Points by user; a user without points may be missing. At most 200 users (a team) per call. */
    Map<UserId, Integer> pointsOf(Collection<UserId> users);
}
