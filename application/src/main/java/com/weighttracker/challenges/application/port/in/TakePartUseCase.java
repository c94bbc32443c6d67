package com.weighttracker.challenges.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Joining and leaving (FR-5.2). Joining is open until the end of the second day after the start;
 * after the start it needs a weigh-in within the 7 days before the start or since, the baseline.
 */
public interface TakePartUseCase {

    ChallengeView join(UserId user, UUID challengeId);

    /** Leaves a challenge not completed; the results of a completed one stay. */
    void leave(UserId user, UUID challengeId);
}
