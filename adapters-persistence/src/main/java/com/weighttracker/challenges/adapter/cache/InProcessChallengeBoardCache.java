package com.weighttracker.challenges.adapter.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weighttracker.challenges.application.port.out.ChallengeBoard;
import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;

/**
 * Challenge boards in this JVM, as team boards (ADR 14). A board is computed inside the map's compute
 * for its key, so an eviction that arrives while it is computed waits for it and then removes it: a
 * board read before a change committed cannot outlive the eviction that change causes.
 */
final class InProcessChallengeBoardCache implements ChallengeBoardCache {

    private final Cache<UUID, ChallengeBoard> boards;

    InProcessChallengeBoardCache(Duration timeToLive, long maxLines) {
        this.boards = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumWeight(maxLines)
                .weigher((UUID key, ChallengeBoard board) -> board.lines().size() + 1).build();
    }

    @Override
    public ChallengeBoard board(UUID challengeId, LocalDate asOf, Supplier<ChallengeBoard> compute) {
        var cached = boards.getIfPresent(challengeId);
        if (cached != null && cached.asOf().equals(asOf)) {
            return cached;
        }
        return boards.asMap().compute(challengeId,
                (ignored, current) -> current != null && current.asOf().equals(asOf) ? current : compute.get());
    }

    @Override
    public void evict(UUID challengeId) {
        boards.invalidate(challengeId);
    }
}
