package com.weighttracker.messaging.adapter.messaging.push;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.Participant;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.Message;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.LiveConnections;
import com.weighttracker.shared.application.LiveUpdates;

/**
 * Messaging's pushes as the JSON clients get (README, "Real time"): every frame has a {@code type};
 * a conversation's topic carries messages, edits, deletions, receipts and typing; a user's queue
 * carries a notice of each new message in any of their conversations and of being removed from one.
 */
@Component
class LivePushes implements ConversationPushes {

    /** A message as pushed: the same fields as the REST response, plus its type ("message", "message.edited", "message.deleted"). */
    record MessagePush(String type, UUID id, UUID conversationId, long seq, UUID senderId, String text,
            String imageUrl, String clientKey, Instant sentAt, Instant editedAt, boolean deleted) {
    }

    record ReceiptPush(String type, UUID conversationId, UUID userId, long deliveredUpTo, long readUpTo) {
    }

    record TypingPush(String type, UUID conversationId, UUID userId) {
    }

    /** To a user's own queue: something happened in a conversation of theirs. */
    record Notice(String type, UUID conversationId, UUID messageId, Long seq, UUID senderId) {
    }

    private final LiveUpdates live;
    private final LiveConnections connections;

    LivePushes(LiveUpdates live, LiveConnections connections) {
        this.live = live;
        this.connections = connections;
    }

    @Override
    public void posted(Message message, Collection<UserId> participants) {
        live.toTopic(ConversationTopics.of(message.conversationId()), push("message", message));
        live.toUsers(participants, ConversationTopics.USER_QUEUE, new Notice("message",
                message.conversationId().value(), message.getId().value(), message.seq(), message.sender().value()));
    }

    @Override
    public void changed(Message message) {
        live.toTopic(ConversationTopics.of(message.conversationId()),
                push(message.isDeleted() ? "message.deleted" : "message.edited", message));
    }

    @Override
    public void receipt(ConversationId conversation, Participant receipts) {
        live.toTopic(ConversationTopics.of(conversation), new ReceiptPush("receipt", conversation.value(),
                receipts.userId().value(), receipts.deliveredSeq(), receipts.readSeq()));
    }

    @Override
    public void typing(ConversationId conversation, UserId user) {
        live.toTopic(ConversationTopics.of(conversation), new TypingPush("typing", conversation.value(), user.value()));
    }

    @Override
    public void removed(ConversationId conversation, UserId user) {
        connections.endSubscriptions(user, ConversationTopics.of(conversation));
        live.toUser(user, ConversationTopics.USER_QUEUE, new Notice("removed", conversation.value(), null, null, null));
    }

    static MessagePush push(String type, Message message) {
        var id = message.getId().value();
        return new MessagePush(type, id, message.conversationId().value(), message.seq(), message.sender().value(),
                message.text().orElse(null), message.imageKey().isPresent() ? "/v1/messages/" + id + "/image" : null,
                message.clientKey().orElse(null), message.sentAt(), message.editedAt().orElse(null),
                message.isDeleted());
    }
}
