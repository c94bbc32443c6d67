package com.weighttracker.notifications.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;

/** What the sources that exist today mean for their users; each idempotent (at-least-once listeners). */
public interface SourceEventsUseCase {

    /**
     * The user is told in their unit; their teammates are told too, with the weight only when the user
     * shares weights with everyone (never a mass of a user who keeps weights private).
     */
    void goalReached(UserId user, Mass target, Instant reachedAt);

    void joinRequestDecided(UUID requestId, UUID teamId, UserId requester, boolean approved);

    /** Winners hear they won (and what it earned), everybody else that the challenge is over. */
    void challengeCompleted(UUID challengeId, String name, List<UserId> winners, List<UserId> participants,
            int rewardPoints);

    /** A badge unlocked; "goal reached" is told by {@link #goalReached} already. */
    void achievementUnlocked(UserId user, String code, String title, String description, int points);
}
