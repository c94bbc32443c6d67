package com.weighttracker.tracking.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInputException;
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
    private final Mass start;
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
     * @param start the current weight when known (the latest weigh-in), else null
     * @param heightCm the user's height when known, else null (then the BMI rail cannot apply)
     * @param today the user's local date
     */
    public static Goal set(UserId userId, Mass target, MassUnit unit, LocalDate targetDate, Mass start,
            BigDecimal heightCm, LocalDate today, Instant now) {
        if (targetDate != null && !targetDate.isAfter(today)) {
            throw InvalidInputException.of("targetDate", "targetDate must be in the future");
        }
        if (targetDate != null && targetDate.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw InvalidInputException.of("targetDate",
                    "targetDate must be at most " + MAX_YEARS_AHEAD + " years ahead");
        }
        if (heightCm != null) {
            // the exact BMI, not the one rounded for display: 18.46 is under 18.5
            var metres = heightCm.movePointLeft(2);
            var minimum = new Mass(Bmi.HEALTHY_MINIMUM.multiply(metres).multiply(metres));
            if (target.compareTo(minimum) < 0) {
                throw InvalidInputException.of("targetWeight", "This goal would put you below a healthy weight for "
                        + "your height (a BMI under 18.5). Please choose at least " + atLeast(minimum, unit)
                        + ", and consider talking to your doctor about your goal.");
            }
        }
        var goal = new Goal(userId, target, unit, targetDate, start, now, null);
        goal.register(new GoalSet(userId, target, targetDate, now));
        if (start != null) {
            goal.observe(start, now);
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

    /** Notes a new weigh-in; the first one at or past the target (in the goal's direction) reaches it. */
    public void observe(Mass latest, Instant at) {
        if (reachedAt != null) {
            return;
        }
        var reached = isGain() ? latest.compareTo(target) >= 0 : latest.compareTo(target) <= 0;
        if (reached && at.compareTo(setAt) >= 0) {
            reachedAt = at;
            register(new GoalReached(userId, target, at));
        }
    }

    /** Whether the goal is to gain (start below target); losing is the default without a start. */
    public boolean isGain() {
        return start != null && start.compareTo(target) < 0;
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
