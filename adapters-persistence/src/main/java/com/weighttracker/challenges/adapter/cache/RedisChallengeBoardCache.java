package com.weighttracker.challenges.adapter.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.weighttracker.challenges.application.port.out.ChallengeBoard;
import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;

/**
 * Challenge boards in Redis, one string per challenge ({@link ChallengeBoardText}), shared by every
 * instance, as team boards (ADR 14). When Redis is away boards are computed on every request: slower,
 * still correct. A board computed just before a change committed may be written just after that
 * change's eviction; the time to live bounds how long it can stay.
 */
final class RedisChallengeBoardCache implements ChallengeBoardCache {

    private static final Logger log = LoggerFactory.getLogger(RedisChallengeBoardCache.class);

    private final RedissonClient redisson;
    private final Duration timeToLive;

    RedisChallengeBoardCache(RedissonClient redisson, Duration timeToLive) {
        this.redisson = redisson;
        this.timeToLive = timeToLive;
    }

    static String key(UUID challengeId) {
        return "challenges:leaderboard:" + challengeId;
    }

    @Override
    public ChallengeBoard board(UUID challengeId, LocalDate asOf, Supplier<ChallengeBoard> compute) {
        var bucket = redisson.<String>getBucket(key(challengeId), StringCodec.INSTANCE);
        try {
            var cached = bucket.get();
            var board = cached == null ? null : readable(cached);
            if (board != null && board.asOf().equals(asOf)) {
                return board;
            }
        } catch (RedisException unavailable) {
            log.warn("challenge board cache unavailable, computing: {}", unavailable.getMessage());
            return compute.get();
        }
        var board = compute.get();
        try {
            bucket.set(ChallengeBoardText.write(board), timeToLive);
        } catch (RedisException unavailable) {
            log.warn("challenge board cache unavailable, not kept: {}", unavailable.getMessage());
        }
        return board;
    }

    /** Null for a board written in a format this version does not read (during a rolling deploy). */
    private static ChallengeBoard readable(String cached) {
        try {
            return ChallengeBoardText.read(cached);
        } catch (RuntimeException unreadable) {
            log.warn("unreadable cached challenge board, computing it again: {}", unreadable.toString());
            return null;
        }
    }

    @Override
    public void evict(UUID challengeId) {
        try {
            redisson.getKeys().delete(key(challengeId));
        } catch (RedisException unavailable) {
            log.warn("challenge board cache unavailable, the board of {} expires on its own: {}", challengeId,
                    unavailable.getMessage());
        }
    }
}
