package com.weighttracker.messaging.application.port.in;

import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Conversations (FR-4.2.1): direct and group ones, their participants, unread counts. */
public interface ManageConversationsUseCase {

    record Started(ConversationView conversation, boolean created) {
    }

    /** The direct conversation with {@code other}, made unless it exists (idempotent, also when both start it at once). */
    Started startDirect(UserId me, UUID other);

    /** A group owned by {@code me} with the given others (at most {@value com.weighttracker.messaging.domain.Conversation#MAX_GROUP_SIZE} in all). */
    ConversationView createGroup(UserId me, String name, List<UUID> others);

    Page<ConversationView> mine(UserId me, PageRequest page);

    ConversationView get(UserId me, UUID conversationId);

    ConversationView rename(UserId me, UUID conversationId, String name);

    ConversationView addParticipant(UserId me, UUID conversationId, UUID user);

    /** The owner removes someone, or anyone removes themselves (leaves). */
    void removeParticipant(UserId me, UUID conversationId, UUID user);

    void leave(UserId me, UUID conversationId);

    /** Messages of others the user has not read, in all their conversations (counted up to 10,000). */
    long unreadTotal(UserId me);
}
