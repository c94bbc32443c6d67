package com.weighttracker.teams.domain;

import java.time.LocalDate;

/**
 * Which local days a leaderboard measures (ADR 0014). Each period ends tomorrow by UTC's calendar so
 * that members east of UTC, already in their tomorrow, count their latest weigh-in; every member's
 * weigh-ins are read in their own zone.
 */
public enum LeaderboardPeriod {
    /** The last seven days: the default. */
    WEEK(7),
    /** The last thirty days. */
    MONTH(30),
    /** Since the team was created, at most about two years (tracking's longest period). */
    ALL(0);

    public static final LeaderboardPeriod DEFAULT = WEEK;

    private final int days;

    LeaderboardPeriod(int days) {
        this.days = days;
    }

    /** The period's last day, for a board computed on {@code utcToday}. */
    public LocalDate lastDay(LocalDate utcToday) {
        return utcToday.plusDays(1);
    }

    /** The period's first day, for a board computed on {@code utcToday} of a team created on {@code teamCreated}. */
    public LocalDate firstDay(LocalDate utcToday, LocalDate teamCreated, int maxPeriodDays) {
        var earliest = lastDay(utcToday).minusDays(maxPeriodDays);
        if (this == ALL) {
            return teamCreated.isBefore(earliest) ? earliest : teamCreated;
        }
        return utcToday.minusDays(days - 1L);
    }
}
