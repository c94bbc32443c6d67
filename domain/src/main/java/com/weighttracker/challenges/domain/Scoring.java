package com.weighttracker.challenges.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.weighttracker.challenges.ChallengeType;

/**
 * How a participant is scored (FR-5.2), in one place. Progress is the fall of the trend (ADR 9) from
 * the baseline, the trend at the start; never a single weigh-in, so one low reading moves it by a
 * tenth of its distance from the trend. Loss beyond {@value #WEEKLY_CAP_PERCENT} % of the baseline
 * per week since the start earns no extra credit: a safety rail against crash diets. In handicap
 * mode the score is the credited loss as a percentage of the loss expected from the start weight
 * ({@link #expectedWeeklyPercent}), so a lighter member competes fairly with a heavier one.
 */
public final class Scoring {

    /** The most loss per week that earns credit, in percent of the baseline. */
    public static final double WEEKLY_CAP_PERCENT = 1.0;

    public static final String RULES = "Scored on the trend weight (a smoothed average of the weigh-ins), never on "
            + "one weigh-in: progress is how far the trend fell from its value at the start. Loss beyond 1 % of the "
            + "starting weight per week since the start earns no extra credit (a safety rail). Consistency counts the "
            + "longest run of consecutive days with a weigh-in since the start, in your own time zone.";
    public static final String HANDICAP_RULES = " Handicap mode: the score is the credited loss as a percentage of "
            + "the loss expected from the starting weight (0.5 % a week at 60 kg and below, rising to 1 % a week at "
            + "120 kg and above), so the target is a percentage of that expected loss.";

    private Scoring() {
    }

    /**
     * One participant's score on {@code today} (capped at the challenge's last day).
     *
     * @param value what ranks and is compared with the target: percent, kilograms, % of expected or days
     */
    public record Score(boolean qualified, BigDecimal value, BigDecimal percentLost, BigDecimal creditedPercent,
            Double lostKg, Double creditedKg, Double capKg, boolean capped, BigDecimal expectedPercent,
            int streakDays, int daysElapsed) {

        public boolean reaches(BigDecimal target) {
            return qualified && value.compareTo(target) >= 0;
        }
    }

    public static Score score(Challenge challenge, Participant participant, LocalDate today) {
        var asOf = today.isAfter(challenge.endDate()) ? challenge.endDate() : today;
        var days = (int) Math.max(0, ChronoUnit.DAYS.between(challenge.startDate(), asOf) + 1);
        var streak = Math.min(participant.bestStreak(), days);
        if (challenge.type() == ChallengeType.CONSISTENCY) {
            return new Score(true, BigDecimal.valueOf(streak).setScale(2), null, null, null, null, null, false, null,
                    streak, days);
        }
        if (participant.baselineKg().isEmpty() || participant.trendKg().isEmpty()) {
            return new Score(false, BigDecimal.ZERO.setScale(2), null, null, null, null, null, false, null, streak,
                    days);
        }
        double baseline = participant.baselineKg().get();
        double lost = baseline - participant.trendKg().get();
        var weeks = Math.max(7, days) / 7.0;
        var cap = baseline * WEEKLY_CAP_PERCENT / 100 * weeks;
        var credited = Math.min(lost, cap);
        var percent = percent(lost / baseline * 100);
        var creditedPercent = percent(credited / baseline * 100);
        BigDecimal expected = null;
        BigDecimal value;
        if (challenge.handicap()) {
            var expectedPercent = expectedWeeklyPercent(baseline) * weeks;
            expected = percent(expectedPercent);
            value = percent(credited / baseline * 100 / expectedPercent * 100);
        } else {
            value = challenge.type() == ChallengeType.TOTAL_LOST ? percent(credited) : creditedPercent;
        }
        return new Score(true, value, percent, creditedPercent, lost, credited, cap, lost > cap, expected, streak,
                days);
    }

    /** The weekly loss expected from a start weight, in percent: 0.5 up to 60 kg, 1.0 from 120 kg, linear between. */
    public static double expectedWeeklyPercent(double startKg) {
        var share = Math.max(0, Math.min(1, (startKg - 60) / 60));
        return 0.5 + 0.5 * share;
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
