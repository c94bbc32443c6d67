package com.weighttracker.teams.adapter.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weighttracker.teams.domain.LeaderboardPeriod;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.teams.application.port.out.leaderboard.TeamBoard;

/**
 * Boards in this JVM. A board is computed inside the map's compute for its key, so an eviction that
 * arrives while it is computed waits for it and then removes it: a board read before a weigh-in
 * committed cannot outlive the eviction that weigh-in causes.
 */
final class InProcessLeaderboardCache implements LeaderboardCache {

    private record Key(UUID teamId, LeaderboardPeriod period) {
    }

    private final Cache<Key, TeamBoard> boards;

    InProcessLeaderboardCache(Duration timeToLive, long maxLines) {
        this.boards = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumWeight(maxLines)
                .weigher((Key key, TeamBoard board) -> board.lines().size() + 1).build();
    }

    @Override
    public TeamBoard board(UUID teamId, LeaderboardPeriod period, LocalDate asOf, Supplier<TeamBoard> compute) {
        var key = new Key(teamId, period);
        var cached = boards.getIfPresent(key);
        if (cached != null && cached.asOf().equals(asOf)) {
            return cached;
        }
        return boards.asMap().compute(key,
                (ignored, current) -> current != null && current.asOf().equals(asOf) ? current : compute.get());
    }

    @Override
    public void evict(UUID teamId) {
        for (var period : LeaderboardPeriod.values()) {
            boards.invalidate(new Key(teamId, period));
        }
    }
}
