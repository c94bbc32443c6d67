package com.weighttracker.messaging.adapter.messaging.push;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.messaging.application.port.in.MessageView;
import com.weighttracker.messaging.application.port.in.ReceiptView;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.domain.ConversationId;
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
    public void posted(MessageView message, Collection<UserId> participants) {
        live.toTopic(ConversationTopics.of(message.conversationId()), push("message", message));
        live.toUsers(participants, ConversationTopics.USER_QUEUE, new Notice("message", message.conversationId(),
                message.id(), message.seq(), message.senderId().value()));
    }

    @Override
    public void changed(MessageView message) {
        live.toTopic(ConversationTopics.of(message.conversationId()),
                push(message.deleted() ? "message.deleted" : "message.edited", message));
    }

    @Override
    public void receipt(ReceiptView receipt) {
        live.toTopic(ConversationTopics.of(receipt.conversationId()), new ReceiptPush("receipt",
                receipt.conversationId(), receipt.userId().value(), receipt.deliveredUpTo(), receipt.readUpTo()));
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

    static MessagePush push(String type, MessageView message) {
        return new MessagePush(type, message.id(), message.conversationId(), message.seq(), message.senderId().value(),
                message.text(), message.hasImage() ? "/v1/messages/" + message.id() + "/image" : null,
                message.clientKey(), message.sentAt(), message.editedAt(), message.deleted());
    }
}
