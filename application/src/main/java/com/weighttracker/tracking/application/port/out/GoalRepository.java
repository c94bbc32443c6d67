package com.weighttracker.tracking.application.port.out;

import java.util.Optional;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.Goal;

public interface GoalRepository {

    Optional<Goal> findByUser(UserId userId);

    /** Inserts or replaces the user's goal. */
    void save(Goal goal);

    void deleteOf(UserId userId);
}
