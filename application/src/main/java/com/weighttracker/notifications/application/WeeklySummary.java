package com.weighttracker.notifications.application;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.weighttracker.challenges.UpcomingChallengesQuery.UpcomingChallenge;
import com.weighttracker.notifications.domain.MassText;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.WeeklyRecap;

/**
 * One user's recap of the week that just ended (FR-7.3), as text the template shows: how the trend
 * moved, the weekly rate over the last four weeks, how often they weighed in, how their teams did
 * ({@link TeamHighlights}), the challenges starting in the coming week that they joined or may join
 * (challenges' {@code UpcomingChallengesQuery}), and one line to encourage them that fits how the week went.
 */
record WeeklySummary(String trendChange, String weeklyRate, int weighIns, String motivation,
        List<String> teamHighlights, List<String> upcomingChallenges) {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private static final List<String> LOSING = List.of(
            "Steady wins: the trend is moving the right way.",
            "Another week down. Small steps add up.",
            "Your trend says it all: keep going.");
    private static final List<String> HOLDING = List.of(
            "Plateaus are part of the journey; consistency gets you through them.",
            "A flat week is still a week of showing up.");
    private static final List<String> RESTARTING = List.of(
            "Every trend starts with one weigh-in. This week is a good week for it.",
            "Start small: one weigh-in tomorrow morning.");

    /** @param recap tracking's recap of the week; null without a weigh-in in the four weeks */
    static WeeklySummary of(MassUnit unit, WeeklyRecap recap, List<String> teamHighlights,
            List<UpcomingChallenge> upcoming) {
        var change = recap == null ? null : recap.lastWeekLost();
        var rate = recap == null ? null
                : new Mass(recap.lastFourWeeksLost().kilograms().divide(java.math.BigDecimal.valueOf(4),
                        Mass.SCALE, java.math.RoundingMode.HALF_EVEN));
        var weighIns = recap == null ? 0 : recap.weighIns();
        var lines = change == null || weighIns == 0 ? RESTARTING
                : change.kilograms().signum() > 0 ? LOSING : HOLDING;
        var motivation = lines.get(Math.floorMod(weighIns + (change == null ? 0 : change.hashCode()), lines.size()));
        return new WeeklySummary(describe(change, unit), describe(rate, unit), weighIns, motivation,
                teamHighlights == null ? List.of() : List.copyOf(teamHighlights),
                upcoming == null ? List.of() : upcoming.stream().map(WeeklySummary::line).toList());
    }

    Map<String, Object> model() {
        var model = new HashMap<String, Object>();
        model.put("trendChange", trendChange);
        model.put("weeklyRate", weeklyRate);
        model.put("weighIns", weighIns);
        model.put("motivation", motivation);
        model.put("teamHighlights", teamHighlights);
        model.put("upcomingChallenges", upcomingChallenges);
        return model;
    }

    /** "Spring step-up: starts Wednesday 9 December (you take part)". */
    private static String line(UpcomingChallenge challenge) {
        return NotificationContent.shortened(challenge.name(), 100) + ": starts " + START.format(challenge.startDate())
                + (challenge.joined() ? " (you take part)" : " (open to join)");
    }

    private static String describe(Mass lost, MassUnit unit) {
        if (lost == null) {
            return null;
        }
        var sign = lost.kilograms().signum();
        var amount = MassText.of(new Mass(lost.kilograms().abs()), unit);
        return sign > 0 ? amount + " down" : sign < 0 ? amount + " up" : "unchanged";
    }
}
