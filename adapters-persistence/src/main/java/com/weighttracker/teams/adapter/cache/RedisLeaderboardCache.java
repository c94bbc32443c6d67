package com.weighttracker.teams.adapter.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger log = LoggerFactory.getLogger(RedisLeaderboardCache.class);

    private final RedissonClient redisson;
    private final Duration timeToLive;

    RedisLeaderboardCache(RedissonClient redisson, Duration timeToLive) {
        this.redisson = redisson;
        this.timeToLive = timeToLive;
    }

    static String key(UUID teamId, String period) {
        return "teams:leaderboard:" + teamId + ":" + period.toLowerCase(Locale.ROOT);
    }

    @Override
    public TeamBoard board(UUID teamId, LeaderboardPeriod period, LocalDate asOf, Supplier<TeamBoard> compute) {
        var bucket = redisson.<String>getBucket(key(teamId, period.name()), StringCodec.INSTANCE);
        try {
            var cached = bucket.get();
            var board = cached == null ? null : readable(cached);
            if (board != null && board.asOf().equals(asOf)) {
                return board;
            }
        } catch (RedisException unavailable) {
            log.warn("leaderboard cache unavailable, computing: {}", unavailable.getMessage());
            return compute.get();
        }
        var board = compute.get();
        try {
            bucket.set(BoardText.write(board), timeToLive);
        } catch (RedisException unavailable) {
            log.warn("leaderboard cache unavailable, not kept: {}", unavailable.getMessage());
        }
        return board;
    }

    /** Null for a board written in a format this version does not read (during a rolling deploy). */
    private static TeamBoard readable(String cached) {
        try {
            return BoardText.read(cached);
        } catch (RuntimeException unreadable) {
            log.warn("unreadable cached leaderboard, computing it again: {}", unreadable.toString());
            return null;
        }
    }

    @Override
    public void evict(UUID teamId) {
        var keys = Arrays.stream(LeaderboardPeriod.values()).map(period -> key(teamId, period.name()))
                .toArray(String[]::new);
        try {
            redisson.getKeys().delete(keys);
        } catch (RedisException unavailable) {
            log.warn("leaderboard cache unavailable, boards of team {} expire on their own: {}", teamId,
                    unavailable.getMessage());
        }
    }
}
