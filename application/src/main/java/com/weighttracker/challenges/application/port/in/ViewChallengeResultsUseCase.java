package com.weighttracker.challenges.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** A challenge's leaderboard, and one's own progress with how it was scored (FR-5.3). */
public interface ViewChallengeResultsUseCase {

    ChallengeLeaderboardView leaderboard(UserId viewer, UUID challengeId, PageRequest page);

    /** 404 for someone who does not take part. */
    ChallengeProgressView progress(UserId viewer, UUID challengeId);
}
