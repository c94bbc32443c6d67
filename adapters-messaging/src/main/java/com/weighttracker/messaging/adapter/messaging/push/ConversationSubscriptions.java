package com.weighttracker.messaging.adapter.messaging.push;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.SubscriptionGuard;

/** Only a conversation's participants may subscribe to its topic (the one access rule of messaging: participants only). */
@Component
class ConversationSubscriptions implements SubscriptionGuard {

    /** A conversation's topic: {@code /topic/conversations/<id>}, nothing below it. */
    static final String PREFIX = "/topic/conversations/";

    private final ConversationRepository conversations;

    ConversationSubscriptions(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean mayReceive(UserId user, String destination) {
        return conversationOf(destination).map(conversation -> conversations.isParticipant(new ConversationId(conversation), user))
                .orElse(false);
    }

    static Optional<UUID> conversationOf(String destination) {
        var id = destination.substring(PREFIX.length());
        if (id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
