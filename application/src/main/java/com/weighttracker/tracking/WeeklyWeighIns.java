package com.weighttracker.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.weighttracker.shared.UserId;

/**
 * How many weigh-ins one user logged in each of their last weeks.
 *
 * @param firstWeek the Monday, in the user's zone, of the oldest week counted
 * @param counts weigh-ins per week, oldest first; the last is the current week
 */
public record WeeklyWeighIns(UserId userId, LocalDate firstWeek, List<Integer> counts) {

    public WeeklyWeighIns {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(firstWeek, "firstWeek");
        counts = List.copyOf(counts);
    }

    /** Weigh-ins in all the weeks counted. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** Weigh-ins in the week {@code weeksAgo} weeks before the current one (0 is the current week). */
    public int weeksAgo(int weeksAgo) {
        var index = counts.size() - 1 - weeksAgo;
        return index < 0 || index >= counts.size() ? 0 : counts.get(index);
    }
}
