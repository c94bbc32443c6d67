package com.weighttracker.gamification.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Points earned, each source (an achievement, a challenge won) paying a user once; and the totals. */
public interface PointsLedger {

    /**
     * Books {@code points} for {@code source} unless that source paid the user already.
     *
     * @return whether it was booked now
     */
    boolean credit(UserId user, String source, int points, Instant at);

    /** Totals by user, in one query; users without points are missing. */
    Map<UserId, Integer> totalsOf(Collection<UserId> users);

    /** A user's total and rank among everybody with points (equal totals share a rank). */
    record Ranked(int rank, UserId userId, int points) {
    }

    /** Everybody with points, the most first (ties by user id). */
    Page<Ranked> ranking(PageRequest page);

    /** Forgets the user's ledger and total. */
    void removeAll(UserId user);
}
