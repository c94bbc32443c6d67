package com.weighttracker.platform.adapter.messaging;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;

/**
 * The sessions open on this instance: their WebSocket (to close it), their user, when they
 * connected and what they subscribed to, so a revoked user's sessions can be closed and a
 * subscription whose right ended can be taken back. Also owns the small scheduler of heart-beats.
 */
@Component
class LiveSessions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
    /** A policy violation with our reason: the client must sign in again. */
    static final CloseStatus REVOKED = new CloseStatus(4401, "session revoked");

    private final Map<String, WebSocketSession> sockets = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sessionsOfUser = new ConcurrentHashMap<>();
    private final ObjectProvider<MessageChannel> inbound;
    private final ApplicationEventPublisher events;
    private final ThreadPoolTaskScheduler scheduler;

    /** A STOMP session after its CONNECT was accepted. */
    record Session(String id, String user, Instant connectedAt, Map<String, String> subscriptions) {
    }

    LiveSessions(@Qualifier("clientInboundChannel") ObjectProvider<MessageChannel> inbound,
            ApplicationEventPublisher events) {
        this.inbound = inbound;
        this.events = events;
        this.scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    ThreadPoolTaskScheduler scheduler() {
        return scheduler;
    }

    WebSocketHandler track(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                sockets.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                sockets.remove(session.getId());
                disconnected(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** A user's first session on this instance connected, or their last one closed. */
    record PresenceChanged(String user, boolean online) {
    }

    void connected(String sessionId, String user, Instant at) {
        sessions.put(sessionId, new Session(sessionId, user, at, new ConcurrentHashMap<>()));
        var first = new boolean[1];
        sessionsOfUser.compute(user, (u, ids) -> {
            var known = ids == null ? ConcurrentHashMap.<String>newKeySet() : ids;
            first[0] = known.isEmpty();
            known.add(sessionId);
            return known;
        });
        if (first[0]) {
            events.publishEvent(new PresenceChanged(user, true));
        }
    }

    void disconnected(String sessionId) {
        var session = sessions.remove(sessionId);
        if (session != null) {
            var last = new boolean[1];
            sessionsOfUser.computeIfPresent(session.user(), (user, ids) -> {
                ids.remove(sessionId);
                last[0] = ids.isEmpty();
                return ids.isEmpty() ? null : ids;
            });
            if (last[0]) {
                events.publishEvent(new PresenceChanged(session.user(), false));
            }
        }
    }

    void subscribed(String sessionId, String subscriptionId, String destination) {
        var session = sessions.get(sessionId);
        if (session != null && subscriptionId != null) {
            session.subscriptions().put(subscriptionId, destination);
        }
    }

    void unsubscribed(String sessionId, String subscriptionId) {
        var session = sessions.get(sessionId);
        if (session != null && subscriptionId != null) {
            session.subscriptions().remove(subscriptionId);
        }
    }

    boolean hasSessions(String user) {
        return sessionsOfUser.containsKey(user);
    }

    /** Whether a session of the user on this instance subscribed to the destination, as the client wrote it. */
    boolean isSubscribed(String user, String destination) {
        var ids = sessionsOfUser.get(user);
        if (ids == null) {
            return false;
        }
        for (var id : ids) {
            var session = sessions.get(id);
            if (session != null && session.subscriptions().containsValue(destination)) {
                return true;
            }
        }
        return false;
    }

    int count() {
        return sessions.size();
    }

    /**
     * Closes the user's sessions on this instance that connected before {@code openedBefore} (to the
     * millisecond, as revocations are kept; one opened in that very millisecond is closed too, the
     * safe side: its client connects again).
     */
    void close(String user, Instant openedBefore) {
        for (var session : sessionsOf(user)) {
            if (!session.connectedAt().truncatedTo(ChronoUnit.MILLIS).isAfter(openedBefore)) {
                var socket = sockets.get(session.id());
                if (socket != null) {
                    try {
                        socket.close(REVOKED);
                    } catch (IOException e) {
                        log.debug("Closing revoked session {} failed: {}", session.id(), e.toString());
                    }
                }
            }
        }
    }

    /**
     * Takes back the user's subscriptions to {@code destination} and below, on this instance, by
     * unsubscribing them at the broker as if the client had.
     */
    void endSubscriptions(String user, String destination) {
        var below = destination + "/";
        for (var session : sessionsOf(user)) {
            for (var subscription : List.copyOf(session.subscriptions().entrySet())) {
                var subscribed = subscription.getValue();
                if (subscribed.equals(destination) || subscribed.startsWith(below)) {
                    var headers = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
                    headers.setSessionId(session.id());
                    headers.setSubscriptionId(subscription.getKey());
                    Principal principal = () -> user;
                    headers.setUser(principal);
                    var unsubscribe = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
                    inbound.getObject().send(unsubscribe);
                    session.subscriptions().remove(subscription.getKey());
                    // as when a client unsubscribes: the user registry forgets the subscription too
                    events.publishEvent(new SessionUnsubscribeEvent(this, unsubscribe, principal));
                }
            }
        }
    }

    private List<Session> sessionsOf(String user) {
        var ids = sessionsOfUser.get(user);
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(sessions::get).filter(session -> session != null).toList();
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
