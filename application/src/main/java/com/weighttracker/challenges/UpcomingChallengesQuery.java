package com.weighttracker.challenges;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Challenges' published query for the weekly summary (FR-7.3): for many users at once, the challenges
 * that start in the coming days which each may join (public ones and those of their teams) or already
 * takes part in. Names and dates only, never anyone's progress.
 */
public interface UpcomingChallengesQuery {

    /** The most users one call may ask about. */
    int MAX_USERS = 500;
    /** The most challenges listed per user: those they joined first, then the soonest. */
    int MAX_PER_USER = 3;
    /** How far ahead "upcoming" looks, in days after {@code today}. */
    int DAYS_AHEAD = 7;

    /** One challenge as the summary names it. */
    record UpcomingChallenge(UUID challengeId, String name, LocalDate startDate, boolean joined) {
    }

    /**
     * In a fixed number of queries however many users: challenges not completed that start on {@code today}
     * or in the {@value #DAYS_AHEAD} days after it.
     *
     * @param users at most {@value #MAX_USERS}
     * @return at most {@value #MAX_PER_USER} per user, soonest first; users with none are left out
     * @throws IllegalArgumentException for more users
     */
    Map<UserId, List<UpcomingChallenge>> upcomingFor(Collection<UserId> users, LocalDate today);

    /**
     * The same for users whose teams the caller already holds from teams' {@code TeamMembership.teamsOfAll}
     * (the weekly summary reads them for its team highlights): two queries, the teams are not read again.
     *
     * @param teamsOfUsers every user asked about (at most {@value #MAX_USERS}) with the ids of their teams, as
     *        teams published them (an empty collection for a user in no team)
     * @throws IllegalArgumentException for more users
     */
    Map<UserId, List<UpcomingChallenge>> upcomingForMembers(Map<UserId, ? extends Collection<UUID>> teamsOfUsers,
            LocalDate today);
}
