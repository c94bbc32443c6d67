package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.weighttracker.shared.Mass;
import com.weighttracker.tracking.domain.Goal;

/**
 * When the trend reaches the goal at its current rate: an expected date and a range. The range
 * comes from the rate ± 1.96 standard errors (about 95 %): the faster rate gives the earliest date,
 * the slower one the latest; when the slower rate no longer moves toward the goal (or would need
 * more than {@value #HORIZON_YEARS} calendar years) the latest date is open (null). The line starts
 * today at the current trend.
 */
public record GoalProjection(Status status, LocalDate expected, LocalDate earliest, LocalDate latest) {

    /** 95 % of a normal distribution lies within this many standard errors. */
    public static final double Z_95 = 1.96;
    /** A date more than this many calendar years after today is no projection: the trend is flat. */
    public static final int HORIZON_YEARS = 10;

    public enum Status {
        /** The trend moves toward the goal: see the dates. */
        ON_TRACK,
        /** Too few weigh-ins lately for a rate (or none at all). */
        NOT_ENOUGH_DATA,
        /** The trend moves away from the goal, or too slowly to reach it within ten calendar years. */
        MOVING_AWAY,
        /** The trend is at or beyond the goal. */
        REACHED,
        /** No goal is set. */
        NO_GOAL
    }

    public GoalProjection {
        Objects.requireNonNull(status, "status");
        if ((status == Status.ON_TRACK) != (expected != null && earliest != null)) {
            throw new IllegalArgumentException("only a projection on track has dates, and it has at least two");
        }
    }

    /**
     * What the trend is projected toward: the target mass, and where the way there started: the
     * goal's start (the trend when it was set, or the first weigh-in when it was set before any and has
     * not seen one yet; NaN when there is none). The direction follows: gaining when the start is below
     * the target, else losing.
     */
    public record Target(double kilograms, double startKilograms) {

        public Target {
            if (!(kilograms > 0)) {
                throw new IllegalArgumentException("a target mass is positive");
            }
        }

        /** @param firstKilograms the first weigh-in, NaN when there is none */
        public static Target of(Goal goal, double firstKilograms) {
            return new Target(goal.target().asKilograms(),
                    goal.start().map(Mass::asKilograms).orElse(firstKilograms));
        }

        public boolean gain() {
            return startKilograms < kilograms;
        }

        /** Whether {@code trend} is at the target or beyond it in the goal's direction: {@link Goal#isReached}. */
        public boolean isReachedBy(double trend) {
            return Goal.isReached(startKilograms, kilograms, trend);
        }
    }

    public static GoalProjection noGoal() {
        return new GoalProjection(Status.NO_GOAL, null, null, null);
    }

    public static GoalProjection of(Optional<Target> target, OptionalDouble trend, Optional<WeeklyRate> rate,
            LocalDate today) {
        if (target.isEmpty()) {
            return noGoal();
        }
        if (trend.isEmpty()) {
            return of(Status.NOT_ENOUGH_DATA);
        }
        var goal = target.get();
        if (goal.isReachedBy(trend.getAsDouble())) {
            return of(Status.REACHED);
        }
        if (rate.isEmpty()) {
            return of(Status.NOT_ENOUGH_DATA);
        }
        var remaining = Math.abs(goal.kilograms() - trend.getAsDouble());
        // kilograms per day toward the goal: positive when moving toward it
        var speed = (goal.gain() ? 1 : -1) * rate.get().kilogramsPerDay();
        var margin = Z_95 * rate.get().standardErrorPerDay();
        var horizon = ChronoUnit.DAYS.between(today, today.plusYears(HORIZON_YEARS));
        var expected = daysToCover(remaining, speed, horizon);
        if (expected.isEmpty()) {
            return of(Status.MOVING_AWAY);
        }
        var earliest = daysToCover(remaining, speed + margin, horizon).orElseThrow();
        var latest = daysToCover(remaining, speed - margin, horizon);
        return new GoalProjection(Status.ON_TRACK, today.plusDays(expected.getAsLong()), today.plusDays(earliest),
                latest.isPresent() ? today.plusDays(latest.getAsLong()) : null);
    }

    private static GoalProjection of(Status status) {
        return new GoalProjection(status, null, null, null);
    }

    /**
     * Whole days to cover {@code distance} at {@code speed} per day; empty when not moving toward it or
     * needing more than {@code horizonDays}.
     */
    private static OptionalLong daysToCover(double distance, double speed, long horizonDays) {
        if (!(speed > 0)) {
            return OptionalLong.empty();
        }
        // a whole number of days, give or take floating-point noise, is that number, not one more
        var days = Math.ceil(distance / speed - 1e-9);
        return days > horizonDays ? OptionalLong.empty() : OptionalLong.of((long) days);
    }
}
