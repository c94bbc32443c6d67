package com.weighttracker.messaging.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.messaging.domain.Conversation;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

public interface ConversationRepository {

    /** The outcome of starting a direct conversation: the pair's one conversation, and whether this call made it. */
    record Direct(Conversation conversation, boolean created) {
    }

    /**
     * Inside a transaction: the direct conversation of the pair, made with both as participants
     * unless it exists. Of two racing calls (the two users at once) one makes it and the other
     * finds it: the pair key is unique and the insert does nothing on a conflict.
     */
    Direct addDirect(Conversation candidate, UserId starter, UserId other);

    /** A group with its participants (the owner among them). */
    void addGroup(Conversation group, Collection<UserId> participants);

    /**
     * The team's chat, made unless it exists (the team's unique key decides a race); a chat made
     * before its name was known takes the name now.
     */
    Conversation addTeamChat(Conversation candidate);

    Optional<Conversation> findTeamChat(UUID teamId);

    Optional<Conversation> find(ConversationId id);

    /** Locked until the transaction ends. */
    Optional<Conversation> lock(ConversationId id);

    void update(Conversation conversation);

    void delete(ConversationId id);

    boolean isParticipant(ConversationId id, UserId user);

    /** Whether the two take part in at least one conversation together. */
    boolean shareAConversation(UserId a, UserId b);

    /** False when they take part already. */
    boolean addParticipant(ConversationId id, UserId user, Instant now);

    /** False when they did not take part. */
    boolean removeParticipant(ConversationId id, UserId user);

    /** The participants, longest standing first (a conversation has at most a team's 200). */
    List<Participant> participants(ConversationId id);

    Map<ConversationId, List<Participant>> participantsOf(Collection<ConversationId> ids);

    /** The conversations the user takes part in, the latest activity first, with their unread count. */
    Page<ConversationSummary> ofUser(UserId user, PageRequest page);

    Optional<ConversationSummary> summary(ConversationId id, UserId viewer);

    /**
     * Moves the user's receipts forward (never back) to the given seqs; null leaves one as it is. A
     * read marker that moves remembers {@code now} (the user was active in the conversation then).
     */
    Optional<Participant> advanceReceipts(ConversationId id, UserId user, Long deliveredSeq, Long readSeq,
            Instant now);

    /**
     * Per conversation, the participants other than the sender of its last message whose read marker
     * is below that message and did not move since {@code activeSince}, with their read seq.
     */
    List<MessageRecipients.Away> awayFrom(Collection<ConversationId> ids, Instant activeSince);

    /** Removes the user from every conversation they take part in (their receipts go with them). */
    void removeEverywhere(UserId user);

    /** Messages of others the user has not read, over all their conversations, counted up to {@code cap}. */
    long unreadTotal(UserId user, int cap);
}
