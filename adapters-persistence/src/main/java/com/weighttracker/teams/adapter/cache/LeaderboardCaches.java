package com.weighttracker.teams.adapter.cache;

import java.time.Duration;

import org.redisson.api.RedissonClient;

import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;

/** Where boards are kept: in Redis when configured (shared by every instance), else in this JVM. */
public final class LeaderboardCaches {

    private LeaderboardCaches() {
    }

    /** @param maxLines how many member lines all cached boards may hold together (memory is bounded by lines) */
    public static LeaderboardCache inProcess(Duration timeToLive, long maxLines) {
        return new InProcessLeaderboardCache(timeToLive, maxLines);
    }

    public static LeaderboardCache redis(RedissonClient redisson, Duration timeToLive) {
        return new RedisLeaderboardCache(redisson, timeToLive);
    }

    /** The Redis key of a team's board for a period, e.g. for inspecting the cache. */
    public static String redisKey(java.util.UUID teamId, String period) {
        return RedisLeaderboardCache.key(teamId, period);
    }
}
