package com.weighttracker.tracking;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.shared.UserId;

/**
 * Tracking's published query of a user's goal for other contexts (social's milestone posts): only
 * whether and when the current goal was reached, never the target mass, so it is safe to show for a
 * user who keeps their weights private.
 */
public interface GoalQuery {

    /** When the user's current goal was reached (ADR 9: by the trend); empty without a goal or before. */
    Optional<Instant> goalReachedAt(UserId user);
}
