package com.weighttracker.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;

/**
 * Tracking's published query: how a set of users progressed over a period, for team views,
 * challenges and leaderboards. Loss is measured on the trend (see {@link MemberProgress}), so a
 * single dehydrated morning cannot top a leaderboard. Each user's days are their own local days.
 */
public interface ProgressQuery {

    /** The most users one call may ask about. */
    int MAX_USERS = 500;
    /** The longest period one call may ask about, in days. */
    int MAX_PERIOD_DAYS = 731;

    /**
     * Reads every user's weigh-ins in one go, never one query per user.
     *
     * @param users at most {@value #MAX_USERS}; duplicates count once
     * @param from the period's first local day
     * @param to the period's last local day, included; at most {@value #MAX_PERIOD_DAYS} days after {@code from}
     * @return progress by user; a user with no weigh-in in the period, or unknown to identity (deleted,
     *         pending deletion), has no entry
     * @throws com.weighttracker.shared.InvalidInput for too many users or a bad period
     */
    Map<UserId, MemberProgress> progressOf(Collection<UserId> users, LocalDate from, LocalDate to);

    /**
     * The same for callers that already hold identity's facts of the users (their time zones), so
     * identity is not asked a second time. Users missing from {@code users} are not considered.
     */
    Map<UserId, MemberProgress> progressOfKnown(Map<UserId, UserFacts> users, LocalDate from, LocalDate to);
}
