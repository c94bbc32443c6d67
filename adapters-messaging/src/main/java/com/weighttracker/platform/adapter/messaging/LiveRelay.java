package com.weighttracker.platform.adapter.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.LiveConnections;
import com.weighttracker.shared.application.LiveUpdates;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every push and session command goes to the sessions of this instance at once, and, when Redis
 * is configured, to the other instances through one Redis topic (pub/sub; each instance skips
 * what it sent itself). Redis being away costs the other instances their copy, never this one's
 * delivery nor an error for the caller; the topic is subscribed again when Redis is back (Redisson
 * resubscribes a live listener by itself; one that could not be added at start is retried).
 */
@Component
class LiveRelay implements LiveUpdates, LiveConnections, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
    static final String CHANNEL = "weighttracker:live";
    private static final Duration RETRY_SUBSCRIBE = Duration.ofSeconds(2);

    /** What crosses Redis: one push or command, with the instance that sent it. */
    record Relayed(String origin, Kind kind, List<String> users, String destination, String body,
            Instant openedBefore, Boolean online) {
    }

    enum Kind {
        USERS, TOPIC, CLOSE, UNSUBSCRIBE, PRESENCE
    }

    /** Presence of a user: {@code {"type":"presence","userId":…,"online":true|false}} on {@code /topic/presence/<userId>}. */
    record PresencePush(String type, UUID userId, boolean online) {
    }

    static final String PRESENCE = "/topic/presence/";

    private final String instance = UUID.randomUUID().toString();
    private final LocalDelivery local;
    private final LiveSessions sessions;
    private final JsonMapper json;
    private final RTopic topic;
    private final ObjectProvider<MeterRegistry> meters;
    private final RealtimeProperties properties;
    private final AtomicLong relayFailures = new AtomicLong();
    private final AtomicLong lastFailureLog = new AtomicLong(System.nanoTime() - Duration.ofMinutes(2).toNanos());
    private volatile boolean listening;
    private volatile ScheduledFuture<?> retry;

    LiveRelay(LocalDelivery local, LiveSessions sessions, JsonMapper json, ObjectProvider<RedissonClient> redisson,
            ObjectProvider<MeterRegistry> meters, RealtimeProperties properties) {
        this.local = local;
        this.properties = properties;
        this.sessions = sessions;
        this.json = json;
        var client = redisson.getIfAvailable();
        this.topic = client == null ? null : client.getTopic(CHANNEL, StringCodec.INSTANCE);
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        meters.ifAvailable(registry -> {
            Gauge.builder("weighttracker.realtime.sessions", sessions, LiveSessions::count)
                    .description("Real-time (STOMP) sessions open on this instance").register(registry);
            FunctionCounter.builder("weighttracker.realtime.relay.failures", relayFailures, AtomicLong::get)
                    .description("Pushes not relayed to other instances because Redis was away").register(registry);
        });
        if (topic != null && !listen()) {
            retry = sessions.scheduler().scheduleWithFixedDelay(() -> {
                if (listen() && retry != null) {
                    retry.cancel(false);
                }
            }, RETRY_SUBSCRIBE);
        }
    }

    private synchronized boolean listen() {
        if (listening) {
            return true;
        }
        try {
            topic.addListener(String.class, (channel, text) -> received(text));
            listening = true;
            log.info("Real-time pushes are relayed between instances through Redis");
        } catch (RuntimeException unreachable) {
            failed(unreachable);
        }
        return listening;
    }

    @Override
    public void toUser(UserId user, String queue, Object payload) {
        toUsers(List.of(user), queue, payload);
    }

    @Override
    public void toUsers(Collection<UserId> users, String queue, Object payload) {
        checkDestination(queue, "/queue/");
        if (users.isEmpty()) {
            return;
        }
        var names = users.stream().map(UserId::toString).distinct().toList();
        var body = json.writeValueAsString(payload);
        local.toUsers(names, queue, body);
        relay(new Relayed(instance, Kind.USERS, names, queue, body, null, null));
    }

    @Override
    public void toTopic(String destination, Object payload) {
        checkDestination(destination, "/topic/");
        var body = json.writeValueAsString(payload);
        local.toTopic(destination, body);
        relay(new Relayed(instance, Kind.TOPIC, List.of(), destination, body, null, null));
    }

    @Override
    public void closeSessionsOf(UserId user, Instant openedBefore) {
        sessions.close(user.toString(), openedBefore);
        relay(new Relayed(instance, Kind.CLOSE, List.of(user.toString()), null, null, openedBefore, null));
    }

    @Override
    public void endSubscriptions(UserId user, String destination) {
        checkDestination(destination, "/topic/");
        sessions.endSubscriptions(user.toString(), destination);
        relay(new Relayed(instance, Kind.UNSUBSCRIBE, List.of(user.toString()), destination, null, null, null));
    }

    /**
     * Presence (online/offline with a grace period): a user is online from their first session on
     * an instance; when their last one there closes and none came back within the grace period,
     * that instance says offline, and an instance where they still have a session answers online
     * again, so subscribers end up with the truth.
     */
    @EventListener
    void on(LiveSessions.PresenceChanged change) {
        if (change.online()) {
            announce(change.user(), true);
            return;
        }
        sessions.scheduler().schedule(() -> {
            if (!sessions.hasSessions(change.user())) {
                announce(change.user(), false);
            }
        }, Instant.now().plus(properties.presenceGrace()));
    }

    private void announce(String user, boolean online) {
        var destination = PRESENCE + user;
        var body = json.writeValueAsString(new PresencePush("presence", UUID.fromString(user), online));
        local.toTopic(destination, body);
        relay(new Relayed(instance, Kind.PRESENCE, List.of(user), destination, body, null, online));
    }

    private void presenceElsewhere(Relayed relayed) {
        local.toTopic(relayed.destination(), relayed.body());
        var user = relayed.users().get(0);
        if (Boolean.FALSE.equals(relayed.online()) && sessions.hasSessions(user)) {
            announce(user, true);
        }
    }

    private void relay(Relayed relayed) {
        if (topic == null) {
            return;
        }
        try {
            topic.publishAsync(json.writeValueAsString(relayed)).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    failed(failure);
                }
            });
        } catch (RuntimeException unreachable) {
            failed(unreachable);
        }
    }

    private void received(String text) {
        try {
            var relayed = json.readValue(text, Relayed.class);
            if (instance.equals(relayed.origin())) {
                return;
            }
            switch (relayed.kind()) {
                case USERS -> local.toUsers(relayed.users(), relayed.destination(), relayed.body());
                case TOPIC -> local.toTopic(relayed.destination(), relayed.body());
                case CLOSE -> relayed.users().forEach(user -> sessions.close(user, relayed.openedBefore()));
                case UNSUBSCRIBE -> relayed.users().forEach(user -> sessions.endSubscriptions(user,
                        relayed.destination()));
                case PRESENCE -> presenceElsewhere(relayed);
            }
        } catch (RuntimeException broken) {
            log.warn("A relayed real-time push could not be delivered: {}", broken.toString());
        }
    }

    /** Counted always, logged at most once a minute: Redis being away is one problem, not one per push. */
    private void failed(Throwable failure) {
        relayFailures.incrementAndGet();
        var now = System.nanoTime();
        var last = lastFailureLog.get();
        if (now - last > Duration.ofMinutes(1).toNanos() && lastFailureLog.compareAndSet(last, now)) {
            log.warn("Real-time pushes are not relayed to other instances (Redis: {}); this instance's sessions "
                    + "still get theirs", failure.toString());
        }
    }

    private static void checkDestination(String destination, String prefix) {
        Objects.requireNonNull(destination, "destination");
        if (!destination.startsWith(prefix) || destination.length() == prefix.length()) {
            throw new IllegalArgumentException("a destination under " + prefix + " expected: " + destination);
        }
    }

    @Override
    public void destroy() {
        if (retry != null) {
            retry.cancel(false);
        }
        if (topic != null && listening) {
            try {
                topic.removeAllListeners();
            } catch (RuntimeException ignored) {
                // shutting down anyway
            }
        }
    }
}
