package com.weighttracker.teams.application.port.out.leaderboard;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import com.weighttracker.teams.domain.LeaderboardPeriod;

/**
 * Computed boards per team and period: in Redis when configured (shared by every instance), else in
 * this process. Entries also expire after a few minutes, which bounds how stale a streak can get
 * when a member's local day ends without a weigh-in.
 */
public interface LeaderboardCache {

    /**
     * The cached board of the team and period computed for {@code asOf}, or the one {@code compute}
     * makes (and the cache keeps) when there is none or it is of an earlier day.
     */
    TeamBoard board(UUID teamId, LeaderboardPeriod period, LocalDate asOf, Supplier<TeamBoard> compute);

    /** Forgets every period's board of the team. */
    void evict(UUID teamId);
}
