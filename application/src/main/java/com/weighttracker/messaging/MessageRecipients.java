package com.weighttracker.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Messaging's published query: who of a conversation should hear about a message by notification.
 * A participant is <em>active</em> in a conversation, and hears nothing, while they have read the
 * message already or moved their read marker there within the last {@link #ACTIVE_WINDOW} (on any
 * device and instance: a client showing a conversation marks arriving messages read).
 */
public interface MessageRecipients {

    Duration ACTIVE_WINDOW = Duration.ofSeconds(30);

    /**
     * The participants other than the sender who have not read up to {@code seq} and are not active
     * in the conversation now, with their read marker (empty for an unknown conversation).
     */
    List<Away> awayFrom(UUID conversationId, UserId sender, long seq);

    /** A participant away from the conversation, and the seq up to which they read it. */
    record Away(UserId userId, long readSeq) {
    }
}
