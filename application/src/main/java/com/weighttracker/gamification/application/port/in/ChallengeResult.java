package com.weighttracker.gamification.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/** A completed challenge as gamification needs it: who won its points, who finished it. */
public record ChallengeResult(UUID challengeId, int rewardPoints, List<UserId> winners, List<UserId> participants,
        Instant completedAt) {

    public ChallengeResult {
        winners = List.copyOf(winners);
        participants = List.copyOf(participants);
    }
}
