package com.weighttracker.tracking.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.Goal;

public interface GoalRepository {

    Optional<Goal> findByUser(UserId userId);

    /**
     * The goals not yet reached among those of {@code userIds}, in one query, locked until the
     * transaction ends (a goal replaced meanwhile waits, so it is never overwritten with the old
     * one). Callers bound the number of users.
     */
    List<Goal> unreachedOf(Collection<UserId> userIds);

    /** Inserts or replaces the user's goal. */
    void save(Goal goal);

    void deleteOf(UserId userId);
}
