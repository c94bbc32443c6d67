package com.weighttracker.tracking;

import java.util.Objects;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/**
 * One user's recap of a week (see {@link WeeklyRecapQuery}). Losses are measured on the trend as
 * {@link MemberProgress#lost()} is: from the trend on the first day with a weigh-in in the period to the
 * trend on the last; negative is a gain.
 *
 * @param lastWeekLost the loss over the week; null without a weigh-in in it
 * @param lastFourWeeksLost the loss over the four weeks
 * @param weighIns weigh-ins in the week
 */
public record WeeklyRecap(UserId userId, Mass lastWeekLost, Mass lastFourWeeksLost, int weighIns) {

    public WeeklyRecap {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lastFourWeeksLost, "lastFourWeeksLost");
        if (weighIns < 0) {
            throw new IllegalArgumentException("weigh-ins are not negative");
        }
    }
}
