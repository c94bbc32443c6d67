package com.weighttracker.messaging.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageContent;

/** Reading, editing and deleting messages, receipts, and searching one's own history. */
public interface MessagesUseCase {

    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 100;

    /** Whom a deletion is for. */
    enum DeleteFor {
        ME, EVERYONE
    }

    /**
     * A page of the conversation's messages, oldest first: before or after a message (given by id),
     * or the latest. A reconnecting client asks {@code after} the last message it has until
     * {@code hasMore} is false.
     */
    MessagePage page(UserId viewer, UUID conversationId, UUID before, UUID after, Integer limit);

    MessageView edit(UserId editor, UUID messageId, String text);

    void delete(UserId user, UUID messageId, DeleteFor scope);

    ImageContent openImage(UserId viewer, UUID messageId);

    /** Moves the user's receipts forward to the given messages of the conversation (either may be null). */
    ReceiptView acknowledge(UserId user, UUID conversationId, UUID deliveredUpTo, UUID readUpTo);

    Page<MessageView> search(UserId user, String query, PageRequest page);
}
