package com.weighttracker.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;

/**
 * Tracking's published query of how often users weigh in, for team analytics: weigh-ins per week,
 * each user's weeks being their own local weeks (Monday to Sunday in their time zone). Counts only,
 * never a mass.
 */
public interface WeighInActivityQuery {

    /** The most users one call may ask about. */
    int MAX_USERS = 500;
    /** The most weeks one call may ask about. */
    int MAX_WEEKS = 52;

    /**
     * Reads every user's weigh-ins in one go, never one query per user.
     *
     * @param users at most {@value #MAX_USERS}; duplicates count once
     * @param weeks the user's current week and the {@code weeks - 1} before it, 1 to {@value #MAX_WEEKS}
     * @return activity by user; a user with no weigh-in in those weeks, or unknown to identity, has no entry
     * @throws com.weighttracker.shared.InvalidInput for too many users or weeks
     */
    Map<UserId, WeeklyWeighIns> weighInsPerWeek(Collection<UserId> users, int weeks);

    /**
     * Who weighed in on {@code day}, each user's own local day (the zone in their facts), in one query that
     * reads only the UTC days around it: the reminder job's "already weighed in today" for a whole batch.
     *
     * @param users at most {@value #MAX_USERS}, with identity's facts the caller already holds
     * @return the users with at least one weigh-in on that local day
     * @throws com.weighttracker.shared.InvalidInput for too many users
     */
    Set<UserId> weighedInOn(Map<UserId, UserFacts> users, LocalDate day);
}
