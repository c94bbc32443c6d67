package com.weighttracker.messaging.application;

import java.time.Clock;

import com.weighttracker.messaging.application.port.in.ForgetUserUseCase;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.MessageRepository;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;

/**
 * A purged user's messages become tombstones rather than vanish (ADR 23): the others' history keeps
 * its order and its replies their context, and nothing the purged user wrote or sent stays. Their
 * participant rows, receipts and "deleted for me" marks go; images are discarded after commit.
 */
public final class ForgetUserService implements ForgetUserUseCase {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ImageStore images;
    private final Transactions transactions;
    private final Clock clock;

    public ForgetUserService(ConversationRepository conversations, MessageRepository messages, ImageStore images,
            Transactions transactions, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void forget(UserId user) {
        var imageKeys = transactions.inTransaction(() -> {
            var keys = messages.eraseAllOf(user, clock.instant());
            conversations.removeEverywhere(user);
            return keys;
        });
        imageKeys.forEach(key -> images.discard(new BlobKey(key)));
    }
}
