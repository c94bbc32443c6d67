package com.weighttracker.tracking;

import java.math.BigDecimal;
import java.util.Objects;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/**
 * One user's progress over a period.
 *
 * @param start the first weigh-in in the period
 * @param current the latest weigh-in in the period
 * @param trend the trend on the last day with a weigh-in in the period
 * @param lost how far the trend fell from the first to the last day with a weigh-in in the period
 *        (the trend on the first day remembers the weeks before the period); negative is a gain
 * @param percentLost {@code lost} as a share of the trend on the first day, in percent, two decimals
 * @param streakDays consecutive local days with a weigh-in, ending today or yesterday in the user's zone
 */
public record MemberProgress(UserId userId, Mass start, Mass current, Mass trend, Mass lost, BigDecimal percentLost,
        int streakDays) {

    public MemberProgress {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(percentLost, "percentLost");
        if (streakDays < 0) {
            throw new IllegalArgumentException("a streak is not negative");
        }
    }
}
