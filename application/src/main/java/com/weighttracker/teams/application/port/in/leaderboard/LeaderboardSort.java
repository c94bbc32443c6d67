package com.weighttracker.teams.application.port.in.leaderboard;

/** What a leaderboard ranks by (FR-3.4). */
public enum LeaderboardSort {
    /** The trend's fall in the period, as a mass; members who keep their weights private rank after those who show it. */
    TOTAL_LOST,
    /** The trend's fall as a share of where it started: the default, and fair across body sizes. */
    PERCENT_LOST,
    /** Consecutive local days with a weigh-in. */
    STREAK,
    /** Points earned with achievements and challenges won (gamification, through {@code teams.MemberPoints}). */
    POINTS;

    public static final LeaderboardSort DEFAULT = PERCENT_LOST;
}
