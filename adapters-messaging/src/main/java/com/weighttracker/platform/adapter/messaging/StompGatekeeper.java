package com.weighttracker.platform.adapter.messaging;

import java.security.Principal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.SubscriptionGuard;

/**
 * Checks every frame a client sends before anything acts on it. CONNECT needs an access token
 * ({@code Authorization: Bearer <token>} as a native header), checked like a REST request's.
 * SUBSCRIBE is allowed to the user's own queues ({@code /user/queue/…}) and to the destinations
 * a context's {@link SubscriptionGuard} admits, nothing else. SEND goes to {@code /app/…} only:
 * clients never publish to a topic or a queue themselves. A refusal is a STOMP ERROR frame, after
 * which the server closes the connection.
 */
@Component
class StompGatekeeper implements ChannelInterceptor {

    static final String BEARER = "Bearer ";
    private static final String USER_QUEUES = "/user/queue/";
    private static final int MAX_DESTINATION = 200;

    private final StompTokenCheck tokens;
    private final ObjectProvider<SubscriptionGuard> guardBeans;
    private volatile List<SubscriptionGuard> guards;
    private final LiveSessions sessions;
    private final Clock clock;

    /** The guards are looked up on first use: they depend on use cases, which push through the broker this configures. */
    StompGatekeeper(StompTokenCheck tokens, ObjectProvider<SubscriptionGuard> guards, LiveSessions sessions,
            Clock clock) {
        this.tokens = tokens;
        this.guardBeans = guards;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        switch (stomp.getCommand()) {
            case CONNECT, STOMP -> connect(stomp);
            case SUBSCRIBE -> subscribe(stomp);
            case SEND -> send(stomp);
            case UNSUBSCRIBE -> sessions.unsubscribed(stomp.getSessionId(), stomp.getSubscriptionId());
            default -> {
            }
        }
        return message;
    }

    private void connect(StompHeaderAccessor stomp) {
        var header = stomp.getFirstNativeHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.length() == BEARER.length()) {
            throw refused("A valid access token is required: send it as the CONNECT header Authorization: Bearer <token>.");
        }
        Principal caller;
        try {
            caller = tokens.caller(header.substring(BEARER.length()).strip());
        } catch (RuntimeException refusedToken) {
            throw refused(refusedToken.getMessage() == null ? "The access token was refused." : refusedToken.getMessage());
        }
        stomp.setUser(caller);
        sessions.connected(stomp.getSessionId(), caller.getName(), clock.instant());
    }

    private void subscribe(StompHeaderAccessor stomp) {
        var user = userOf(stomp);
        var destination = stomp.getDestination();
        if (destination == null || destination.length() > MAX_DESTINATION || !mayReceive(user, destination)) {
            throw refused("You may not subscribe to " + printable(destination) + ".");
        }
        sessions.subscribed(stomp.getSessionId(), stomp.getSubscriptionId(), destination);
    }

    private boolean mayReceive(UserId user, String destination) {
        if (destination.contains("..") || destination.contains("*") || destination.contains("{")) {
            return false;
        }
        if (destination.startsWith(USER_QUEUES)) {
            return destination.length() > USER_QUEUES.length();
        }
        for (var guard : guards()) {
            if (destination.startsWith(guard.prefix())) {
                return guard.mayReceive(user, destination);
            }
        }
        return false;
    }

    private List<SubscriptionGuard> guards() {
        var known = guards;
        if (known == null) {
            // the longest prefix decides when two overlap
            known = guardBeans.orderedStream()
                    .sorted(Comparator.comparingInt((SubscriptionGuard g) -> g.prefix().length()).reversed())
                    .toList();
            guards = known;
        }
        return known;
    }

    private void send(StompHeaderAccessor stomp) {
        userOf(stomp);
        var destination = stomp.getDestination();
        if (destination == null || !destination.startsWith("/app/") || destination.length() > MAX_DESTINATION) {
            throw refused("Send to /app/… destinations only.");
        }
    }

    private static UserId userOf(StompHeaderAccessor stomp) {
        var user = stomp.getUser();
        if (user == null) {
            throw refused("Connect with an access token first.");
        }
        return new UserId(UUID.fromString(user.getName()));
    }

    private static String printable(String destination) {
        if (destination == null) {
            return "no destination";
        }
        return destination.length() > 80 ? destination.substring(0, 80) + "…" : destination;
    }

    private static MessageDeliveryException refused(String reason) {
        return new MessageDeliveryException(reason);
    }

    static boolean isConnect(StompCommand command) {
        return command == StompCommand.CONNECT || command == StompCommand.STOMP;
    }
}
