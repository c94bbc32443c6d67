package com.weighttracker.shared.application;

import java.util.Collection;

import com.weighttracker.shared.UserId;

/**
 * Pushes to real-time clients (STOMP over WebSocket), on every instance: a context says what to
 * push and to whom, the platform delivers it to the sessions open on this instance and relays it
 * to the others (through Redis when configured). Loss-tolerant by design: a push is a hint that
 * something changed; clients catch up with the REST reads after a reconnect. Never throws for a
 * delivery problem, so call it after the change committed (a derived reaction, or after the
 * transaction) and never inside one.
 */
public interface LiveUpdates {

    /**
     * To every open session of the user, on their own queue: {@code queue} is e.g.
     * {@code "/queue/conversations"}, which the client subscribes to as {@code /user/queue/conversations}.
     *
     * @param payload a record, serialised as JSON once
     */
    void toUser(UserId user, String queue, Object payload);

    /** The same payload to each of {@code users} on their own queue; one relay message for all of them. */
    void toUsers(Collection<UserId> users, String queue, Object payload);

    /**
     * To every session subscribed to {@code topic} (e.g. {@code "/topic/conversations/<id>"}); who
     * may subscribe is decided by the topic's {@link SubscriptionGuard}.
     */
    void toTopic(String topic, Object payload);
}
