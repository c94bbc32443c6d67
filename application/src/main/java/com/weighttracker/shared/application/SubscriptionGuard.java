package com.weighttracker.shared.application;

import com.weighttracker.shared.UserId;

/**
 * Decides who may subscribe to the real-time destinations below one prefix: each context that
 * pushes to topics contributes one for its own ({@code /topic/conversations/}, {@code /topic/teams/}).
 * The platform asks the guard whose prefix the destination starts with on every SUBSCRIBE and
 * refuses destinations no guard claims. User queues ({@code /user/queue/…}) need none: they are
 * per user by construction.
 */
public interface SubscriptionGuard {

    /** The destinations this guard decides, e.g. {@code "/topic/teams/"}; must end with a slash. */
    String prefix();

    /**
     * Whether the user may receive {@code destination} (which starts with {@link #prefix()}); false
     * for a malformed one. Called on the subscribing thread: keep it to one indexed query.
     */
    boolean mayReceive(UserId user, String destination);
}
