package com.weighttracker.messaging.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.weighttracker.messaging.application.port.in.TypingUseCase;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.MessagingRejections.ConversationNotFound;
import com.weighttracker.shared.UserId;

/**
 * Typing indicators: at most one push per user and conversation every {@value #THROTTLE_SECONDS}
 * seconds (the rest are dropped before any database read), kept in memory only. Throttled per
 * instance: a user typing on two instances at once may be pushed twice as often.
 */
public final class TypingService implements TypingUseCase {

    private static final Duration THROTTLE = Duration.ofSeconds(THROTTLE_SECONDS);
    private static final int FORGET_OVER = 10_000;

    private final ConversationRepository conversations;
    private final ConversationPushes pushes;
    private final Clock clock;
    private final Map<String, Instant> lastPush = new ConcurrentHashMap<>();

    public TypingService(ConversationRepository conversations, ConversationPushes pushes, Clock clock) {
        this.conversations = conversations;
        this.pushes = pushes;
        this.clock = clock;
    }

    @Override
    public void typing(UserId user, UUID conversationId) {
        var now = clock.instant();
        var key = user + ":" + conversationId;
        var previous = lastPush.get(key);
        if (previous != null && now.isBefore(previous.plus(THROTTLE))) {
            return;
        }
        var id = new ConversationId(conversationId);
        if (!conversations.isParticipant(id, user)) {
            throw new ConversationNotFound();
        }
        if (lastPush.size() > FORGET_OVER) {
            lastPush.values().removeIf(at -> now.isAfter(at.plus(THROTTLE)));
        }
        lastPush.put(key, now);
        pushes.typing(id, user);
    }
}
