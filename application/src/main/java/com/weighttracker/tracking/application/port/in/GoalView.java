package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.domain.Goal;

/**
 * The user's goal, in the unit they set it in.
 *
 * @param startWeightKg the trend when the goal was set, or the first weigh-in when it was set before any;
 *        null until there is one
 * @param reachedAt when the goal watcher saw the change to the weigh-ins that first took the trend to the
 *        target, about a second after it (ADR 9), null until then
 */
public record GoalView(BigDecimal targetWeight, MassUnit unit, BigDecimal targetPounds, BigDecimal targetWeightKg,
        LocalDate targetDate, BigDecimal startWeightKg, Instant setAt, Instant reachedAt) {

    public static GoalView of(Goal goal) {
        var amount = WeightEntryView.Amount.of(goal.target(), goal.unit());
        return new GoalView(amount.value(), goal.unit(), amount.pounds(),
                WeightEntryView.plain(goal.target().in(MassUnit.KG, 3)), goal.targetDate().orElse(null),
                goal.start().map(start -> WeightEntryView.plain(start.in(MassUnit.KG, 3))).orElse(null),
                goal.setAt(), goal.reachedAt().orElse(null));
    }
}
