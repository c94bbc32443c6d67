package com.weighttracker.shared.application;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/**
 * The open real-time sessions of users, on every instance. Subscriptions are authorised when they
 * are made ({@link SubscriptionGuard}); when the right behind one ends (a member leaves a
 * conversation or a team, a user's sessions are revoked), the context that owns the right says so
 * here, after its change committed.
 */
public interface LiveConnections {

    /** Closes every session of the user opened before {@code openedBefore} (its token is revoked). */
    void closeSessionsOf(UserId user, Instant openedBefore);

    /**
     * Ends the user's subscriptions to {@code destination} and to the destinations below it
     * ({@code destination + "/…"}); their sessions stay open.
     */
    void endSubscriptions(UserId user, String destination);
}
