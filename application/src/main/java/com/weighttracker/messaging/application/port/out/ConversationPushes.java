package com.weighttracker.messaging.application.port.out;

import java.util.Collection;

import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.Message;
import com.weighttracker.shared.UserId;

/**
 * Real-time pushes of messaging, made after the change committed. Loss-tolerant: a client that
 * missed some catches up by reading messages after the last it has.
 */
public interface ConversationPushes {

    /** A new message: to the conversation's subscribers and, as a notice, to every participant's own queue. */
    void posted(Message message, Collection<UserId> participants);

    /** A message was edited or deleted for everyone. */
    void changed(Message message);

    /** The participant's receipts moved forward. */
    void receipt(ConversationId conversation, Participant receipts);

    void typing(ConversationId conversation, UserId user);

    /** The user no longer takes part: their subscriptions to it end and they are told. */
    void removed(ConversationId conversation, UserId user);
}
