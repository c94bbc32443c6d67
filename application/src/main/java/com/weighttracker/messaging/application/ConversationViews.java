package com.weighttracker.messaging.application;

import java.util.List;
import java.util.UUID;

import com.weighttracker.messaging.application.port.in.ConversationView;
import com.weighttracker.messaging.application.port.in.ParticipantView;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.ConversationSummary;
import com.weighttracker.messaging.application.port.out.Participant;
import com.weighttracker.messaging.domain.Conversation;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.MessagingRejections.ConversationNotFound;
import com.weighttracker.shared.UserId;

/** The one access rule of messaging: a conversation exists for its participants only; and how it looks to them. */
final class ConversationViews {

    private final ConversationRepository conversations;

    ConversationViews(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    /** The conversation, when the user takes part in it; otherwise the same answer as for none. */
    Conversation require(UserId user, UUID conversationId) {
        var id = new ConversationId(conversationId);
        if (!conversations.isParticipant(id, user)) {
            throw new ConversationNotFound();
        }
        return conversations.find(id).orElseThrow(ConversationNotFound::new);
    }

    /** Locked, when the user takes part in it. */
    Conversation requireLocked(UserId user, UUID conversationId) {
        var id = new ConversationId(conversationId);
        var conversation = conversations.lock(id).orElseThrow(ConversationNotFound::new);
        if (!conversations.isParticipant(id, user)) {
            throw new ConversationNotFound();
        }
        return conversation;
    }

    ConversationView view(UserId viewer, ConversationId id) {
        var summary = conversations.summary(id, viewer).orElseThrow(ConversationNotFound::new);
        return of(summary, conversations.participants(id));
    }

    static ConversationView of(ConversationSummary summary, List<Participant> participants) {
        Conversation c = summary.conversation();
        return new ConversationView(c.getId().value(), c.kind(), c.name().orElse(null), c.avatarKey().isPresent(),
                c.owner().orElse(null), c.teamId().orElse(null),
                participants.stream().map(p -> new ParticipantView(p.userId(), p.joinedAt(), p.deliveredSeq(),
                        p.readSeq())).toList(),
                c.createdAt(), summary.lastMessageAt(), summary.lastSeq(), summary.unread());
    }
}
