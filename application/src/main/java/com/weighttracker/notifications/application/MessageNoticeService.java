package com.weighttracker.notifications.application;

import java.util.LinkedHashMap;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.notifications.application.port.in.MessageNoticesUseCase;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;

/**
 * New-message notices. Who hears is messaging's answer ({@link MessageRecipients}: not those who read
 * it or were active in the conversation moments ago). The source key names the conversation and the
 * recipient's read marker, so a burst of messages makes one notice until they read, and a
 * redelivered event makes none. The notice names the sender but never carries the text, which may
 * be edited or deleted for everyone later. Recipients who already have the notice are found in one
 * read first: in a busy conversation nearly every message finds them all so (each would otherwise
 * cost a profile read and a transaction that stores nothing; docs/performance.md).
 */
public final class MessageNoticeService implements MessageNoticesUseCase {

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
    public void messageSent(UUID conversationId, long seq, UserId sender) {
        var keys = new LinkedHashMap<UserId, String>();
        for (var recipient : recipients.awayFrom(conversationId, sender, seq)) {
            keys.put(recipient.userId(), "message:" + conversationId + ":" + recipient.readSeq());
        }
        keys.keySet().removeAll(notifications.havingSourceKeys(keys));
        if (keys.isEmpty()) {
            return;
        }
        var name = users.find(sender).map(MessageNoticeService::nameOf).orElse("Someone");
        var content = new NotificationContent(NotificationContent.shortened("New message from " + name,
                NotificationContent.MAX_TITLE), "Open the conversation to read it.", "/conversations/" + conversationId);
        keys.forEach((recipient, key) -> notify.notify(new NotifyCommand(recipient, Category.MESSAGE, content, key)));
    }

    private static String nameOf(UserFacts user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }
}
