package com.weighttracker.tracking.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.GoalReached;
import com.weighttracker.tracking.GoalSet;

/** A user's goal weight (FR-1.2.2), one per user; setting a new one replaces it. */
public final class Goal extends EventRecordingAggregate<Goal, UserId> {

    private static final BigDecimal FOURTEEN = BigDecimal.valueOf(14);
    /** How far ahead a target date may lie: further is a typo, not a plan. */
    public static final int MAX_YEARS_AHEAD = 10;

    private final UserId userId;
    private final Mass target;
    private final MassUnit unit;
    private final LocalDate targetDate;
    private Mass start;
    private final Instant setAt;
    private Instant reachedAt;

    private Goal(UserId userId, Mass target, MassUnit unit, LocalDate targetDate, Mass start, Instant setAt,
            Instant reachedAt) {
        this.userId = Objects.requireNonNull(userId);
        this.target = Objects.requireNonNull(target);
        this.unit = Objects.requireNonNull(unit);
        this.targetDate = targetDate;
        this.start = start;
        this.setAt = Objects.requireNonNull(setAt);
        this.reachedAt = reachedAt;
    }

    /**
     * Sets a goal. A target below a healthy BMI (18.5) for the user's height is refused, kindly:
     * no tracker should help anyone starve.
     *
     * @param start where the trend stands now (ADR 9), null before the first weigh-in: it decides whether
     *        the goal is to lose or to gain, so one light morning cannot turn it around
     * @param heightCm the user's height when known, else null (then the BMI rail cannot apply)
     * @param today the user's local date
     */
    public static Goal set(UserId userId, Mass target, MassUnit unit, LocalDate targetDate, Mass start,
            BigDecimal heightCm, LocalDate today, Instant now) {
        if (targetDate != null && !targetDate.isAfter(today)) {
            throw InvalidInput.of("targetDate", "targetDate must be in the future");
        }
        if (targetDate != null && targetDate.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw InvalidInput.of("targetDate",
                    "targetDate must be at most " + MAX_YEARS_AHEAD + " years ahead");
        }
        if (heightCm != null) {
            // the exact BMI, not the one rounded for display: 18.46 is under 18.5
            var metres = heightCm.movePointLeft(2);
            var minimum = new Mass(Bmi.HEALTHY_MINIMUM.multiply(metres).multiply(metres));
            if (target.compareTo(minimum) < 0) {
                throw InvalidInput.of("targetWeight", "This goal would put you below a healthy weight for "
                        + "your height (a BMI under 18.5). Please choose at least " + atLeast(minimum, unit)
                        + ", and consider talking to your doctor about your goal.");
            }
        }
        var goal = new Goal(userId, target, unit, targetDate, start, now, null);
        goal.register(new GoalSet(userId, target, targetDate, now));
        if (start != null) {
            goal.reachIfTrendAt(start.asKilograms(), now);
        }
        return goal;
    }

    /** {@code minimum} written in {@code unit}, rounded up to 0.1 so that the value named is itself allowed. */
    private static String atLeast(Mass minimum, MassUnit unit) {
        if (unit == MassUnit.KG) {
            return plain(minimum.kilograms().setScale(1, RoundingMode.CEILING)) + " kg";
        }
        var pounds = minimum.kilograms().divide(MassUnit.LB.kilograms(), MathContext.DECIMAL128).setScale(1,
                RoundingMode.CEILING);
        if (unit == MassUnit.LB) {
            return plain(pounds) + " lb";
        }
        var stones = pounds.divideToIntegralValue(FOURTEEN);
        return plain(stones) + " st " + plain(pounds.subtract(stones.multiply(FOURTEEN))) + " lb";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public static Goal restore(UserId userId, Mass target, MassUnit unit, LocalDate targetDate, Mass start,
            Instant setAt, Instant reachedAt) {
        return new Goal(userId, target, unit, targetDate, start, setAt, reachedAt);
    }

    /**
     * Notes where the trend stands after the user's weigh-ins changed. A goal set before any weigh-in
     * starts at the first weigh-in, which decides its direction. The first time the trend is at or
     * past the target, in the goal's direction, the goal is reached (once): the same rule as the
     * statistics' "reached" (ADR 9), so one light morning is not enough.
     *
     * @param trendKg the trend after the latest day with a weigh-in
     * @param firstWeighInKg the user's first weigh-in
     * @param at when the weigh-ins changed
     * @return whether the goal changed (took its start or was reached) and must be saved
     */
    public boolean observe(double trendKg, double firstWeighInKg, Instant at) {
        if (reachedAt != null) {
            return false;
        }
        var tookStart = start == null;
        if (tookStart) {
            start = Mass.kilograms(firstWeighInKg);
        }
        return reachIfTrendAt(trendKg, at) || tookStart;
    }

    private boolean reachIfTrendAt(double trendKg, Instant at) {
        if (!isReached(start.asKilograms(), target.asKilograms(), trendKg)) {
            return false;
        }
        reachedAt = at;
        register(new GoalReached(userId, target, at));
        return true;
    }

    /**
     * The one rule for "reached" (ADR 9), for the goal's {@link #reachedAt()} and the statistics alike:
     * the trend at the target or past it, in the direction from the start to the target (to gain when
     * the start is below the target, else to lose).
     */
    public static boolean isReached(double startKg, double targetKg, double trendKg) {
        return startKg < targetKg ? trendKg >= targetKg : trendKg <= targetKg;
    }

    @Override
    public UserId getId() {
        return userId;
    }

    public Mass target() {
        return target;
    }

    public MassUnit unit() {
        return unit;
    }

    public Optional<LocalDate> targetDate() {
        return Optional.ofNullable(targetDate);
    }

    public Optional<Mass> start() {
        return Optional.ofNullable(start);
    }

    public Instant setAt() {
        return setAt;
    }

    public Optional<Instant> reachedAt() {
        return Optional.ofNullable(reachedAt);
    }
}
