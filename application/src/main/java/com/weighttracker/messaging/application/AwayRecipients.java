package com.weighttracker.messaging.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.shared.UserId;

/** The published {@link MessageRecipients} query: one indexed read of the conversation's participants. */
public final class AwayRecipients implements MessageRecipients {

    private final ConversationRepository conversations;
    private final Clock clock;

    public AwayRecipients(ConversationRepository conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public List<Away> awayFrom(UUID conversationId, UserId sender, long seq) {
        var activeSince = clock.instant().minus(ACTIVE_WINDOW);
        return conversations.awayFrom(new ConversationId(conversationId), sender, seq, activeSince).stream()
                .map(participant -> new Away(participant.userId(), participant.readSeq()))
                .toList();
    }
}
