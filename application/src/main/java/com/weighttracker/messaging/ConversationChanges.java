package com.weighttracker.messaging;

import com.weighttracker.shared.ChangeFeed;

/**
 * Messaging's published feed of new messages (ADR 16, 23): the subject is the conversation, the
 * revision its last seq, and a change means one or more messages were stored in it (several between
 * two reads coalesce). The send notes its transaction on the conversation row it updates anyway, so
 * following the feed costs the writer nothing. Consumers ask {@link MessageRecipients} what is true
 * now (notifications: who is away from the conversation).
 */
public interface ConversationChanges extends ChangeFeed {
}
