package com.weighttracker.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Messaging's published query: who of a conversation should hear about its new messages by
 * notification. A participant is <em>active</em> in a conversation, and hears nothing, while they
 * have read its last message already or moved their read marker there within the last
 * {@link #ACTIVE_WINDOW} (on any device and instance: a client showing a conversation marks arriving
 * messages read).
 */
public interface MessageRecipients {

    Duration ACTIVE_WINDOW = Duration.ofSeconds(30);

    /**
     * For each of the conversations (unknown ones are skipped): the participants who have not read up
     * to its last message and are not active in it now, other than that message's sender, with their
     * read marker; in one read, for a batch of {@link ConversationChanges}.
     */
    List<Away> awayFrom(Collection<UUID> conversationIds);

    /**
     * A participant away from a conversation, the seq up to which they read it, and who sent its last
     * message (null if that message is gone).
     */
    record Away(UUID conversationId, UserId userId, long readSeq, UserId lastSender) {
    }
}
