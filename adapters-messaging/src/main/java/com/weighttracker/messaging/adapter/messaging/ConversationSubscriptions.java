package com.weighttracker.messaging.adapter.messaging;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.messaging.application.port.in.ManageConversationsUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.SubscriptionGuard;

/** Only a conversation's participants may subscribe to its topic. */
@Component
class ConversationSubscriptions implements SubscriptionGuard {

    /** A conversation's topic: {@code /topic/conversations/<id>}, nothing below it. */
    static final String PREFIX = "/topic/conversations/";

    private final ManageConversationsUseCase conversations;

    ConversationSubscriptions(ManageConversationsUseCase conversations) {
        this.conversations = conversations;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean mayReceive(UserId user, String destination) {
        return conversationOf(destination).map(conversation -> conversations.takesPart(user, conversation))
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
