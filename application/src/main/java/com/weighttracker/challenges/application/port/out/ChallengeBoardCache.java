package com.weighttracker.challenges.application.port.out;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Computed challenge boards, one per challenge: in Redis when configured (shared by every instance),
 * else in this process, as team boards (ADR 14). Entries also expire after a few minutes, which
 * bounds how long a lost eviction leaves a board stale.
 */
public interface ChallengeBoardCache {

    /**
     * The cached board of the challenge computed for {@code asOf}, or the one {@code compute} makes
     * (and the cache keeps) when there is none or it is of an earlier day.
     */
    ChallengeBoard board(UUID challengeId, LocalDate asOf, Supplier<ChallengeBoard> compute);

    /** Forgets the challenge's board. */
    void evict(UUID challengeId);
}
