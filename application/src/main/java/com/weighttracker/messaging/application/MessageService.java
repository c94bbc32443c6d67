package com.weighttracker.messaging.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;

import com.weighttracker.messaging.application.port.in.MessagePage;
import com.weighttracker.messaging.application.port.in.MessageView;
import com.weighttracker.messaging.application.port.in.MessagesUseCase;
import com.weighttracker.messaging.application.port.in.ReceiptView;
import com.weighttracker.messaging.application.port.in.SendMessage;
import com.weighttracker.messaging.application.port.in.SendMessageUseCase;
import com.weighttracker.messaging.application.port.out.BlockedUsers;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.MessageRepository;
import com.weighttracker.messaging.application.port.out.MessageDraft;
import com.weighttracker.messaging.application.port.out.Sending;
import com.weighttracker.messaging.application.port.out.Sending.Outcome;
import com.weighttracker.messaging.domain.Conversation;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.ConversationKind;
import com.weighttracker.messaging.domain.Message;
import com.weighttracker.messaging.domain.MessageId;
import com.weighttracker.messaging.domain.MessageImage;
import com.weighttracker.messaging.domain.MessagingRejections.CannotMessageUser;
import com.weighttracker.messaging.domain.MessagingRejections.ClientKeyReused;
import com.weighttracker.messaging.domain.MessagingRejections.ConversationNotFound;
import com.weighttracker.messaging.domain.MessagingRejections.MessageNotFound;
import com.weighttracker.messaging.domain.MessagingRejections.NoImage;
import com.weighttracker.messaging.domain.MessagingRejections.NotInThisConversation;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageContent;

/**
 * Messages: one send path for REST and STOMP (stored, then pushed), pages by cursor, edits and
 * deletions, receipts, images and search.
 */
public final class MessageService implements SendMessageUseCase, MessagesUseCase {

    static final String IMAGE_PREFIX = "message-images";
    static final int MAX_QUERY = 200;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationViews access;
    private final BlockedUsers blocks;
    private final ConversationPushes pushes;
    private final ImageStore images;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public MessageService(ConversationRepository conversations, MessageRepository messages, BlockedUsers blocks,
            ConversationPushes pushes, ImageStore images, Transactions transactions, IdGenerator ids, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = new ConversationViews(conversations);
        this.blocks = blocks;
        this.pushes = pushes;
        this.images = images;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * One statement stores a text message (seq, membership, client key, receipts: {@link
     * MessageRepository#store}); a direct conversation asks social about blocking once the statement
     * says it is one. A message with an image is checked first, so no image is stored for a send that
     * is refused.
     */
    @Override
    public Sent send(SendMessage command) {
        var sender = command.sender();
        var clientKey = Message.clientKey(command.clientKey());
        Message.text(command.text(), command.image() != null);
        var conversationId = new ConversationId(command.conversationId());
        var messageId = new MessageId(ids.next());
        var blockingChecked = false;
        BlobKey imageKey = null;
        if (command.image() != null) {
            var conversation = access.require(sender, command.conversationId());
            var earlier = earlier(sender, clientKey, conversationId);
            if (earlier != null) {
                return earlier;
            }
            requireNotBlocked(conversation, sender);
            blockingChecked = true;
            imageKey = images.store(command.image(), MessageImage.MESSAGE,
                    BlobKey.of(IMAGE_PREFIX, conversationId, messageId)).key();
        }
        var draft = new MessageDraft(messageId, conversationId, sender, command.text(),
                imageKey == null ? null : imageKey.value(), clientKey, clock.instant());
        Sending sending;
        try {
            sending = store(draft, blockingChecked);
            if (sending.outcome() == Outcome.BLOCKING_UNCHECKED) {
                requireNotBlocked(conversationId, sender);
                sending = store(draft, true);
            }
            if (sending.outcome() == Outcome.NOT_PARTICIPANT) {
                throw new ConversationNotFound();
            }
        } catch (RuntimeException failure) {
            if (imageKey != null) {
                images.discard(imageKey, failure);
            }
            throw failure;
        }
        if (!sending.stored()) {
            if (imageKey != null) {
                images.discard(imageKey);
            }
            // a retry (or a send that raced this one with the same key) stored it first: answer its message
            var earlier = earlier(sender, clientKey, conversationId);
            if (earlier == null) {
                throw new ConversationNotFound(); // the race was the sender leaving
            }
            return earlier;
        }
        var message = Message.send(messageId, conversationId, sending.seq(), sender, command.text(),
                draft.imageKey(), clientKey, draft.sentAt());
        pushes.posted(message, sending.participants());
        return new Sent(MessageView.of(message), true);
    }

    /** The store in its own transaction, rolled back when it lost a race after taking the seq. */
    private Sending store(MessageDraft draft, boolean blockingChecked) {
        try {
            return transactions.inTransaction(() -> {
                var sending = messages.store(draft, blockingChecked);
                if (sending.outcome() == Outcome.RACED) {
                    throw new Raced();
                }
                return sending;
            });
        } catch (Raced raced) {
            return Sending.not(Outcome.RACED);
        }
    }

    /** Rolls the store back: its seq was taken but nothing else written. */
    private static final class Raced extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Raced() {
            super(null, null, false, false);
        }
    }

    private Sent earlier(UserId sender, String clientKey, ConversationId conversation) {
        if (clientKey == null) {
            return null;
        }
        return messages.findByClientKey(sender, clientKey).map(message -> {
            if (!message.conversationId().equals(conversation)) {
                throw new ClientKeyReused();
            }
            return new Sent(MessageView.of(message), false);
        }).orElse(null);
    }

    private void requireNotBlocked(Conversation conversation, UserId sender) {
        if (conversation.kind() == ConversationKind.DIRECT) {
            requireNotBlocked(conversation.getId(), sender);
        }
    }

    /** In a direct conversation: neither of the two blocked the other. */
    private void requireNotBlocked(ConversationId direct, UserId sender) {
        for (var participant : conversations.participants(direct)) {
            if (!participant.userId().equals(sender) && blocks.eitherBlocked(sender, participant.userId())) {
                throw new CannotMessageUser();
            }
        }
    }

    @Override
    public MessagePage page(UserId viewer, UUID conversationId, UUID before, UUID after, Integer limit) {
        if (before != null && after != null) {
            throw InvalidInput.of("after", "give before or after, not both");
        }
        var size = limit == null ? DEFAULT_LIMIT : limit;
        Rules.check(size >= 1 && size <= MAX_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT);
        var conversation = access.require(viewer, conversationId).getId();
        var beforeSeq = before == null ? null : seqOf(conversation, before, "before");
        var afterSeq = after == null ? null : seqOf(conversation, after, "after");
        var found = new ArrayList<>(messages.page(conversation, viewer, beforeSeq, afterSeq, size + 1));
        var hasMore = found.size() > size;
        if (hasMore) {
            // one more than asked was read, at the far end of the direction asked
            if (afterSeq != null) {
                found.remove(found.size() - 1);
            } else {
                found.remove(0);
            }
        }
        return new MessagePage(found.stream().map(MessageView::of).toList(), hasMore);
    }

    private long seqOf(ConversationId conversation, UUID message, String field) {
        return messages.seqOf(conversation, new MessageId(message))
                .orElseThrow(() -> new NotInThisConversation(field));
    }

    @Override
    public MessageView edit(UserId editor, UUID messageId, String text) {
        var edited = transactions.inTransaction(() -> {
            var message = visibleLocked(editor, messageId);
            message.edit(editor, text, clock.instant());
            messages.update(message);
            return message;
        });
        pushes.changed(edited);
        return MessageView.of(edited);
    }

    @Override
    public void delete(UserId user, UUID messageId, DeleteFor scope) {
        if (scope == DeleteFor.ME) {
            transactions.inTransaction(() -> {
                visibleLocked(user, messageId);
                messages.hide(user, new MessageId(messageId));
            });
            return;
        }
        record Deleted(Message message, String imageKey) {
        }
        var deleted = transactions.inTransaction(() -> {
            var message = visibleLocked(user, messageId);
            var image = message.deleteForEveryone(user, clock.instant());
            messages.update(message);
            return new Deleted(message, image.orElse(null));
        });
        images.discard(deleted.imageKey() == null ? null : new BlobKey(deleted.imageKey()));
        pushes.changed(deleted.message());
    }

    /** The message, when the user takes part in its conversation and did not delete it for themselves. */
    private Message visibleLocked(UserId user, UUID messageId) {
        var id = new MessageId(messageId);
        var message = messages.lock(id).orElseThrow(MessageNotFound::new);
        if (!conversations.isParticipant(message.conversationId(), user) || messages.isHidden(user, id)) {
            throw new MessageNotFound();
        }
        return message;
    }

    @Override
    public ImageContent openImage(UserId viewer, UUID messageId) {
        var id = new MessageId(messageId);
        var message = messages.find(id).orElseThrow(MessageNotFound::new);
        if (!conversations.isParticipant(message.conversationId(), viewer) || messages.isHidden(viewer, id)) {
            throw new MessageNotFound();
        }
        var key = message.imageKey().orElseThrow(NoImage::new);
        return images.open(new BlobKey(key), message.sentAt()).orElseThrow(NoImage::new);
    }

    @Override
    public ReceiptView acknowledge(UserId user, UUID conversationId, UUID deliveredUpTo, UUID readUpTo) {
        if (deliveredUpTo == null && readUpTo == null) {
            throw InvalidInput.of("readUpTo", "give deliveredUpTo, readUpTo or both");
        }
        var conversation = access.require(user, conversationId).getId();
        var delivered = deliveredUpTo == null ? null : seqOf(conversation, deliveredUpTo, "deliveredUpTo");
        var read = readUpTo == null ? null : seqOf(conversation, readUpTo, "readUpTo");
        // what was read reached a client of theirs too
        var reached = delivered == null ? read : read == null ? delivered : Long.valueOf(Math.max(delivered, read));
        var now = transactions
                .inTransaction(() -> conversations.advanceReceipts(conversation, user, reached, read, clock.instant()))
                .orElseThrow(ConversationNotFound::new);
        pushes.receipt(conversation, now);
        return new ReceiptView(conversationId, user, now.deliveredSeq(), now.readSeq());
    }

    @Override
    public Page<MessageView> search(UserId user, String query, PageRequest page) {
        var words = Rules.required("q", query).strip();
        Rules.plainText("q", words);
        Rules.maxLength("q", words, MAX_QUERY);
        return messages.search(user, words, page).map(MessageView::of);
    }
}
