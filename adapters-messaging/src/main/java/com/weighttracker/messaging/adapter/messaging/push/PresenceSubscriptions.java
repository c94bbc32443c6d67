package com.weighttracker.messaging.adapter.messaging.push;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.SubscriptionGuard;

/**
 * Whose presence one may follow ({@code /topic/presence/<userId>}, pushed by the platform): one's own,
 * and that of anyone one shares a conversation with.
 */
@Component
class PresenceSubscriptions implements SubscriptionGuard {

    static final String PREFIX = "/topic/presence/";

    private final ConversationRepository conversations;

    PresenceSubscriptions(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public boolean mayReceive(UserId user, String destination) {
        var id = destination.substring(PREFIX.length());
        if (id.length() != 36) {
            return false;
        }
        try {
            var other = new UserId(UUID.fromString(id));
            return other.equals(user) || conversations.shareAConversation(user, other);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
