package com.weighttracker.messaging.application;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.domain.ConversationId;

/** The published {@link MessageRecipients} query: one indexed read of the conversations' participants. */
public final class AwayRecipients implements MessageRecipients {

    private final ConversationRepository conversations;
    private final Clock clock;

    public AwayRecipients(ConversationRepository conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public List<Away> awayFrom(Collection<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        var activeSince = clock.instant().minus(ACTIVE_WINDOW);
        return conversations.awayFrom(conversationIds.stream().map(ConversationId::new).toList(), activeSince);
    }
}
