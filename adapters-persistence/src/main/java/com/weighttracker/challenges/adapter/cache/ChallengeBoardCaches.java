package com.weighttracker.challenges.adapter.cache;

import java.time.Duration;
import java.util.UUID;

import org.redisson.api.RedissonClient;

import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;

/** Where challenge boards are kept: in Redis when configured (shared by every instance), else in this JVM. */
public final class ChallengeBoardCaches {

    private ChallengeBoardCaches() {
    }

    /** @param maxLines how many participant lines all cached boards may hold together (memory is bounded by lines) */
    public static ChallengeBoardCache inProcess(Duration timeToLive, long maxLines) {
        return new InProcessChallengeBoardCache(timeToLive, maxLines);
    }

    public static ChallengeBoardCache redis(RedissonClient redisson, Duration timeToLive) {
        return new RedisChallengeBoardCache(redisson, timeToLive);
    }

    /** The Redis key of a challenge's board, e.g. for inspecting the cache. */
    public static String redisKey(UUID challengeId) {
        return RedisChallengeBoardCache.key(challengeId);
    }
}
