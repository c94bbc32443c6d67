package com.weighttracker.gamification.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Unlocking achievements and booking points from other contexts' events (FR-6.1). Idempotent: an
 * event that comes again finds its achievements unlocked and its points booked, and does nothing.
 */
public interface AwardAchievementsUseCase {

    /** Tracking's goal watcher saw the user's trend reach their goal. */
    void goalReached(UserId user, Instant reachedAt);

    /** A challenge was completed: its winners earn its points, everybody who finished it a badge. */
    void challengeCompleted(ChallengeResult result);

    /** The user published a post: the tenth earns "Storyteller". */
    void postPublished(UserId author, UUID postId, Instant publishedAt);

    /** A tip of the author's was liked by another user: the tenth such like earns "Helpful hand". */
    void tipLiked(UserId author, UUID postId, UserId likedBy, Instant likedAt);
}
