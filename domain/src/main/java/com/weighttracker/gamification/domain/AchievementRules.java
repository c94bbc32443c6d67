package com.weighttracker.gamification.domain;

import java.util.EnumSet;
import java.util.Set;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.shared.MassUnit;

/**
 * Which weigh-in achievements a user's progress has earned, by the user's unit: kilograms for KG,
 * pounds for LB and ST. Loss is the fall of the trend from the first weigh-in read (ADR 9).
 */
public final class AchievementRules {

    private AchievementRules() {
    }

    /**
     * @param weighedIn whether the user has any weigh-in
     * @param streakDays consecutive local days with a weigh-in, ending today or yesterday
     * @param lostKg how far the trend fell, in kilograms (negative is a gain)
     */
    public static Set<Achievement> earned(boolean weighedIn, int streakDays, double lostKg, MassUnit unit) {
        var earned = EnumSet.noneOf(Achievement.class);
        if (!weighedIn) {
            return earned;
        }
        earned.add(Achievement.FIRST_WEIGH_IN);
        if (streakDays >= 7) {
            earned.add(Achievement.STREAK_7);
        }
        if (streakDays >= 30) {
            earned.add(Achievement.STREAK_30);
        }
        var inPounds = unit == MassUnit.LB || unit == MassUnit.ST;
        for (var milestone : EnumSet.of(Achievement.LOSS_MILESTONE_1, Achievement.LOSS_MILESTONE_2,
                Achievement.LOSS_MILESTONE_3, Achievement.LOSS_MILESTONE_4)) {
            var thresholdKg = inPounds
                    ? milestone.pounds().multiply(MassUnit.LB.kilograms()).doubleValue()
                    : milestone.kilograms().doubleValue();
            // a hair of tolerance: 2.4999999 kg after the float arithmetic of the trend is 2.5 kg
            if (lostKg + 1e-6 >= thresholdKg) {
                earned.add(milestone);
            }
        }
        return earned;
    }
}
