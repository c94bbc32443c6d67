package com.weighttracker.tracking;

import java.time.LocalDate;
import java.util.Map;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;

/**
 * Tracking's published query for the weekly summary (notifications, FR-7.3): for many users, how their
 * trend moved in the week that just ended and over the four weeks before the day, and how often they
 * weighed in that week; each user's days are their own local days. The losses are measured as
 * {@link ProgressQuery#progressOfKnown} measures them for those periods, with the trend warmed up over the
 * same 90 days before each, read in one lighter query: the masses only, up to the day, no streak. (Where a
 * user's streak reaches back beyond those 90 days, {@code ProgressQuery} follows it and so warms its trend
 * up for longer: the two differ by about the warm-up's remainder, 0.9^90 ≈ 0.008 % of the difference
 * between the first weigh-in read and the trend.)
 */
public interface WeeklyRecapQuery {

    /** The most users one call may ask about. */
    int MAX_USERS = 500;

    /**
     * Reads every user's weigh-ins in one query, never one per user.
     *
     * @param users at most {@value #MAX_USERS}, with identity's facts the caller already holds (their zones)
     * @param day the day of the recap (a summary's Monday): the week is the 7 local days before it, the
     *        four weeks the 28 local days before it
     * @return the recap by user; a user with no weigh-in in the four weeks has no entry
     * @throws com.weighttracker.shared.InvalidInput for too many users or no day
     */
    Map<UserId, WeeklyRecap> recapOf(Map<UserId, UserFacts> users, LocalDate day);
}
