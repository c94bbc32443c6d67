package com.weighttracker.teams.adapter.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.redisson.api.RedissonClient;

import com.weighttracker.platform.adapter.persistence.RedisTextCache;
import com.weighttracker.teams.domain.LeaderboardPeriod;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.teams.application.port.out.leaderboard.TeamBoard;

/**
 * Boards in Redis, one string per team and period ({@link BoardText}), shared by every instance.
 * When Redis is away boards are computed on every request: slower, still correct. A board computed
 * just before a weigh-in committed may be written just after that weigh-in's eviction; the time to
 * live bounds how long it can stay.
 */
final class RedisLeaderboardCache implements LeaderboardCache {

    private final RedisTextCache<TeamBoard> boards;

    RedisLeaderboardCache(RedissonClient redisson, Duration timeToLive) {
        this.boards = new RedisTextCache<>(redisson, timeToLive, "leaderboard", BoardText::write, BoardText::read);
    }

    static String key(UUID teamId, String period) {
        return "teams:leaderboard:" + teamId + ":" + period.toLowerCase(Locale.ROOT);
    }

    @Override
    public TeamBoard board(UUID teamId, LeaderboardPeriod period, LocalDate asOf, Supplier<TeamBoard> compute) {
        return boards.get(key(teamId, period.name()), board -> board.asOf().equals(asOf), compute);
    }

    @Override
    public void evict(UUID teamId) {
        boards.evict(Arrays.stream(LeaderboardPeriod.values()).map(period -> key(teamId, period.name()))
                .toArray(String[]::new));
    }
}
