package com.weighttracker.messaging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.messaging.domain.MessagingRejections.EditWindowClosed;
import com.weighttracker.messaging.domain.MessagingRejections.MessageDeleted;
import com.weighttracker.messaging.domain.MessagingRejections.NotYourMessage;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;

/**
 * A message (FR-4.2.2): text of at most {@value #MAX_TEXT} characters and/or an image, its place in
 * the conversation ({@code seq}, given by the conversation when it is stored), and the sender's
 * idempotency key. Its sender may edit its text for {@link #EDIT_WINDOW} and delete it for
 * everyone at any time (its text and image go; a tombstone stays so clients can drop it).
 */
public final class Message extends EventRecordingAggregate<Message, MessageId> {

    public static final int MAX_TEXT = 5_000;
    public static final int MAX_CLIENT_KEY = 64;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(5);

    private final MessageId id;
    private final ConversationId conversationId;
    private final long seq;
    private final UserId sender;
    private String text;
    private String imageKey;
    private final String clientKey;
    private final Instant sentAt;
    private Instant editedAt;
    private Instant deletedAt;

    private Message(MessageId id, ConversationId conversationId, long seq, UserId sender, String text,
            String imageKey, String clientKey, Instant sentAt, Instant editedAt, Instant deletedAt) {
        this.id = Objects.requireNonNull(id);
        this.conversationId = Objects.requireNonNull(conversationId);
        this.seq = seq;
        this.sender = Objects.requireNonNull(sender);
        this.text = text;
        this.imageKey = imageKey;
        this.clientKey = clientKey;
        this.sentAt = Objects.requireNonNull(sentAt);
        this.editedAt = editedAt;
        this.deletedAt = deletedAt;
    }

    public static Message send(MessageId id, ConversationId conversationId, long seq, UserId sender, String text,
            String imageKey, String clientKey, Instant now) {
        var checkedText = text(text, imageKey != null);
        return new Message(id, conversationId, seq, sender, checkedText, imageKey, clientKey, now, null, null);
    }

    public static Message restore(MessageId id, ConversationId conversationId, long seq, UserId sender, String text,
            String imageKey, String clientKey, Instant sentAt, Instant editedAt, Instant deletedAt) {
        return new Message(id, conversationId, seq, sender, text, imageKey, clientKey, sentAt, editedAt, deletedAt);
    }

    /**
     * The text of a message: plain text (tab and line breaks are fine), at most {@value #MAX_TEXT}
     * characters; null or blank only when an image is sent with it.
     */
    public static String text(String value, boolean withImage) {
        if (value == null || value.isBlank()) {
            if (withImage) {
                return null;
            }
            throw InvalidInput.of("text", "text is required (or an image)");
        }
        Rules.plainText("text", value);
        return Rules.maxLength("text", value, MAX_TEXT);
    }

    /** An idempotency key: 1 to {@value #MAX_CLIENT_KEY} visible ASCII characters, or none. */
    public static String clientKey(String value) {
        if (value == null) {
            return null;
        }
        Rules.check(!value.isEmpty() && value.length() <= MAX_CLIENT_KEY
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7f), "clientKey",
                "clientKey must be 1 to " + MAX_CLIENT_KEY + " visible ASCII characters");
        return value;
    }

    public void edit(UserId by, String newText, Instant now) {
        requireSender(by);
        if (isDeleted()) {
            throw new MessageDeleted();
        }
        if (now.isAfter(sentAt.plus(EDIT_WINDOW))) {
            throw new EditWindowClosed();
        }
        text = text(newText, imageKey != null);
        editedAt = now;
    }

    /** Deletes it for everyone; returns the key of the image that goes with it, if any. Again is harmless. */
    public Optional<String> deleteForEveryone(UserId by, Instant now) {
        requireSender(by);
        var image = Optional.ofNullable(imageKey);
        if (!isDeleted()) {
            deletedAt = now;
        }
        text = null;
        imageKey = null;
        return image;
    }

    private void requireSender(UserId by) {
        if (!sender.equals(by)) {
            throw new NotYourMessage();
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    @Override
    public MessageId getId() {
        return id;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public long seq() {
        return seq;
    }

    public UserId sender() {
        return sender;
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    public Optional<String> imageKey() {
        return Optional.ofNullable(imageKey);
    }

    public Optional<String> clientKey() {
        return Optional.ofNullable(clientKey);
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }
}
