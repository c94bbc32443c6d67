package com.weighttracker.notifications.application;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.messaging.ConversationChanges;
import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.application.port.out.NotificationRepository.SourceKey;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.ChangeFeedConsumer;

/**
 * New-message notices, from messaging's {@link ConversationChanges} feed (ADR 16: a message is too
 * frequent for an outbox publication; several messages of a conversation between two polls are one
 * change). Who hears is messaging's answer ({@link MessageRecipients}: not those who read it or were
 * active in the conversation moments ago, nor the sender of its last message). The source key names
 * the conversation and the recipient's read marker, so a burst of messages makes one notice until
 * they read, and a batch that comes again (a failure, a restart before its position was stored)
 * makes none. Recipients who already have the notice are found in one read first (in a busy
 * conversation nearly every change finds them all so). The notice names the sender of the last
 * message but never carries the text, which may be edited or deleted for everyone later.
 */
public final class MessageNoticeService implements ChangeFeedConsumer {

    public static final String NAME = "notifications.message-notices";

    private final MessageRecipients recipients;
    private final UserDirectory users;
    private final NotifyUseCase notify;
    private final NotificationRepository notifications;

    public MessageNoticeService(MessageRecipients recipients, UserDirectory users, NotifyUseCase notify,
            NotificationRepository notifications) {
        this.recipients = recipients;
        this.users = users;
        this.notify = notify;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<? extends ChangeFeed> feed() {
        return ConversationChanges.class;
    }

    @Override
    public void consume(List<FeedChange> changes) {
        var conversations = new LinkedHashSet<UUID>();
        changes.forEach(change -> conversations.add(change.subject()));
        var wanted = new LinkedHashMap<SourceKey, MessageRecipients.Away>();
        for (var away : recipients.awayFrom(conversations)) {
            wanted.put(new SourceKey(away.userId(), "message:" + away.conversationId() + ":" + away.readSeq()), away);
        }
        wanted.keySet().removeAll(notifications.havingSourceKeys(wanted.keySet()));
        if (wanted.isEmpty()) {
            return;
        }
        // one identity read for the batch: senders' names, and recipients identity no longer knows
        // (pending deletion) are left out here rather than each costing notify a read, batch after batch
        var people = new LinkedHashSet<UserId>();
        wanted.values().forEach(away -> {
            people.add(away.userId());
            if (away.lastSender() != null) {
                people.add(away.lastSender());
            }
        });
        var known = users.findAll(people);
        wanted.forEach((key, away) -> {
            if (known.containsKey(key.user())) {
                notify.notify(new NotifyCommand(key.user(), Category.MESSAGE,
                        content(away.conversationId(), nameOf(known, away.lastSender())), key.key()));
            }
        });
    }

    private static NotificationContent content(UUID conversationId, String sender) {
        return new NotificationContent(NotificationContent.shortened("New message from " + sender,
                NotificationContent.MAX_TITLE), "Open the conversation to read it.", "/conversations/" + conversationId);
    }

    private static String nameOf(Map<UserId, UserFacts> names, UserId sender) {
        var user = sender == null ? null : names.get(sender);
        if (user == null) {
            return "Someone";
        }
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }
}
