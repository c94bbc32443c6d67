package com.weighttracker.messaging.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.Message;
import com.weighttracker.messaging.domain.MessageId;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

public interface MessageRepository {

    /**
     * Inside a transaction, in one statement: takes the conversation's next seq (locking its row until
     * the transaction ends, so its messages commit in seq order), checks that the sender takes part
     * in it, that their client key is new and, for a direct conversation, that
     * {@code blockingChecked}; then stores the message and moves the sender's receipts to it. Writes
     * nothing unless {@link Sending.Outcome#STORED}; after {@link Sending.Outcome#RACED} the caller
     * rolls back.
     */
    Sending store(MessageDraft message, boolean blockingChecked);

    Optional<Message> find(MessageId id);

    Optional<Message> lock(MessageId id);

    Optional<Message> findByClientKey(UserId sender, String clientKey);

    void update(Message message);

    /** The seq of the message, if it belongs to the conversation. */
    Optional<Long> seqOf(ConversationId conversation, MessageId message);

    /**
     * At most {@code limit} messages of the conversation, oldest first, leaving out those the viewer
     * deleted for themselves: those just before {@code beforeSeq}, or just after {@code afterSeq},
     * or the latest when both are null.
     */
    List<Message> page(ConversationId conversation, UserId viewer, Long beforeSeq, Long afterSeq, int limit);

    /**
     * Turns every message the user sent that is not a tombstone yet into one (text and image gone,
     * deleted at {@code now}, seq kept) and forgets which messages they deleted for themselves.
     *
     * @return the image keys those messages held, to discard after commit
     */
    List<String> eraseAllOf(UserId user, Instant now);

    /** Hides the message from the user (deleted for them); again is harmless. */
    void hide(UserId user, MessageId message);

    boolean isHidden(UserId user, MessageId message);

    /**
     * The messages of the conversations the user takes part in now that match the words of {@code query}
     * (PostgreSQL full-text search), the newest first; deleted ones and those hidden from them left out.
     */
    Page<Message> search(UserId user, String query, PageRequest page);
}
