package com.weighttracker.tracking;

import com.weighttracker.shared.ChangeFeed;

/**
 * Tracking's published feed of weigh-in changes (ADR 16): the subject is the user, and a change
 * means a weigh-in was recorded, corrected, deleted or imported (several coalesce). Consumers read
 * what they need through tracking's published queries ({@link ProgressQuery}, …), and react to
 * {@link GoalReached} and other rare events through the outbox instead.
 */
public interface WeighInChanges extends ChangeFeed {
}
