package com.weighttracker.tracking.application.port.in;

import java.util.Optional;

import com.weighttracker.shared.UserId;

public interface ManageGoalUseCase {

    /** Sets or replaces the goal; a goal below a healthy BMI for the user's height is refused. */
    GoalView set(UserId owner, SetGoalCommand command);

    Optional<GoalView> current(UserId owner);

    void clear(UserId owner);
}
