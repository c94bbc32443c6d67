package com.weighttracker.messaging.adapter.messaging.push;

import java.util.UUID;

import com.weighttracker.messaging.domain.ConversationId;

/** Where a conversation's traffic goes: {@code /topic/conversations/<id>}; and a user's notices: {@code /user/queue/conversations}. */
final class ConversationTopics {

    static final String PREFIX = "/topic/conversations/";
    static final String USER_QUEUE = "/queue/conversations";

    private ConversationTopics() {
    }

    static String of(ConversationId id) {
        return PREFIX + id.value();
    }

    static String of(UUID id) {
        return PREFIX + id;
    }

}
