package com.weighttracker.challenges.adapter.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.redisson.api.RedissonClient;

import com.weighttracker.challenges.application.port.out.ChallengeBoard;
import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;
import com.weighttracker.platform.adapter.persistence.RedisTextCache;

/**
 * Challenge boards in Redis, one string per challenge ({@link ChallengeBoardText}), shared by every
 * instance, as team boards (ADR 14). When Redis is away boards are computed on every request: slower,
 * still correct. A board computed just before a change committed may be written just after that
 * change's eviction; the time to live bounds how long it can stay.
 */
final class RedisChallengeBoardCache implements ChallengeBoardCache {

    private final RedisTextCache<ChallengeBoard> boards;

    RedisChallengeBoardCache(RedissonClient redisson, Duration timeToLive) {
        this.boards = new RedisTextCache<>(redisson, timeToLive, "challenge board", ChallengeBoardText::write,
                ChallengeBoardText::read);
    }

    static String key(UUID challengeId) {
        return "challenges:leaderboard:" + challengeId;
    }

    @Override
    public ChallengeBoard board(UUID challengeId, LocalDate asOf, Supplier<ChallengeBoard> compute) {
        return boards.get(key(challengeId), board -> board.asOf().equals(asOf), compute);
    }

    @Override
    public void evict(UUID challengeId) {
        boards.evict(key(challengeId));
    }
}
