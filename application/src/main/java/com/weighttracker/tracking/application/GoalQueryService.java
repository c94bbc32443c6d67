package com.weighttracker.tracking.application;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.GoalQuery;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.domain.Goal;

/** The published goal query: one read of the user's goal. */
public final class GoalQueryService implements GoalQuery {

    private final GoalRepository goals;

    public GoalQueryService(GoalRepository goals) {
        this.goals = goals;
    }

    @Override
    public Optional<Instant> goalReachedAt(UserId user) {
        return goals.findByUser(user).flatMap(Goal::reachedAt);
    }
}
