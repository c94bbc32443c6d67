package com.weighttracker.challenges.application;

import java.util.Objects;
import java.util.UUID;

import com.weighttracker.challenges.application.port.in.RefreshChallengeBoardsUseCase;
import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.shared.UserId;

/** Keeps cached challenge boards honest: whatever changes a board evicts it, after the change committed (ADR 25). */
public final class ChallengeBoardRefresher implements RefreshChallengeBoardsUseCase {

    private final ParticipantRepository participants;
    private final ChallengeBoardCache cache;

    public ChallengeBoardRefresher(ParticipantRepository participants, ChallengeBoardCache cache) {
        this.participants = participants;
        this.cache = cache;
    }

    @Override
    public void challengeChanged(UUID challengeId) {
        cache.evict(Objects.requireNonNull(challengeId, "challengeId"));
    }

    @Override
    public void userChanged(UserId userId) {
        Objects.requireNonNull(userId, "userId");
        participants.challengesOf(userId).forEach(challenge -> cache.evict(challenge.value()));
    }
}
