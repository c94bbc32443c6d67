package com.weighttracker.notifications.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.out.MailComposer;
import com.weighttracker.notifications.application.port.out.MailComposer.MailTemplate;
import com.weighttracker.notifications.application.port.out.MailQueue;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.application.port.out.PushSender;
import com.weighttracker.notifications.application.port.out.PushSender.Outcome;
import com.weighttracker.notifications.application.port.out.PushSender.PushMessage;
import com.weighttracker.notifications.application.port.out.PushSubscriptionRepository;
import com.weighttracker.notifications.application.port.out.QueuedMail;
import com.weighttracker.notifications.application.port.out.UnsubscribeLinks;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.Channel;
import com.weighttracker.notifications.domain.Notification;
import com.weighttracker.notifications.domain.NotificationId;
import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.notifications.domain.PushSubscription;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;

/**
 * One notification to one user over the channels their preferences allow: the centre and the mail
 * queue inside the caller's transaction, push after it (a push cannot be taken back, so it waits
 * for the commit, and a failed push is not retried: it is a nudge, the centre keeps the record).
 */
public final class Deliveries {

    private final NotificationRepository notifications;
    private final MailQueue mail;
    private final MailComposer composer;
    private final UnsubscribeLinks unsubscribeLinks;
    private final PushSubscriptionRepository subscriptions;
    private final PushSender push;
    private final IdGenerator ids;

    public Deliveries(NotificationRepository notifications, MailQueue mail, MailComposer composer,
            UnsubscribeLinks unsubscribeLinks, PushSubscriptionRepository subscriptions, PushSender push,
            IdGenerator ids) {
        this.notifications = notifications;
        this.mail = mail;
        this.composer = composer;
        this.unsubscribeLinks = unsubscribeLinks;
        this.subscriptions = subscriptions;
        this.push = push;
        this.ids = ids;
    }

    /** A push to send once the transaction committed. */
    record PendingPush(UserId user, PushMessage message) {
    }

    /** Whether the notification was new (its source not seen before), and the push due after commit, if any. */
    record Recorded(boolean isNew, Optional<PendingPush> push) {

        static final Recorded SEEN_BEFORE = new Recorded(false, Optional.empty());
    }

    /**
     * Inside the caller's transaction: stores the notification and queues its e-mail; nothing at all
     * when its source was seen before.
     */
    Recorded record(NotifyCommand command, NotificationPreferences preferences, UserFacts facts,
            Instant now) {
        var category = command.category();
        var notification = Notification.create(new NotificationId(ids.next()), command.user(), category,
                command.content(), command.sourceKey(), preferences.allows(category, Channel.IN_APP), now);
        if (!notifications.addIfNew(notification)) {
            return Recorded.SEEN_BEFORE;
        }
        notification.stored();
        return new Recorded(true, deliver(command, preferences, facts, now));
    }

    /** One notification to one user, with what choosing its channels needs. */
    record Intent(NotifyCommand command, NotificationPreferences preferences, UserFacts facts) {
    }

    /**
     * {@link #record} for many (the reminder job's batch): the notifications in one statement.
     * @return the pushes due after commit
     */
    List<PendingPush> recordAll(List<Intent> intents, Instant now) {
        if (intents.isEmpty()) {
            return List.of();
        }
        var created = new ArrayList<Notification>(intents.size());
        for (var intent : intents) {
            var command = intent.command();
            created.add(Notification.create(new NotificationId(ids.next()), command.user(), command.category(),
                    command.content(), command.sourceKey(),
                    intent.preferences().allows(command.category(), Channel.IN_APP), now));
        }
        var stored = notifications.addAllIfNew(created);
        var pushes = new ArrayList<PendingPush>();
        for (var i = 0; i < intents.size(); i++) {
            if (stored.contains(created.get(i).getId())) {
                created.get(i).stored();
                var intent = intents.get(i);
                deliver(intent.command(), intent.preferences(), intent.facts(), now).ifPresent(pushes::add);
            }
        }
        return pushes;
    }

    /** A stored notification's e-mail (queued now) and push (returned, for after the commit), as chosen. */
    private Optional<PendingPush> deliver(NotifyCommand command, NotificationPreferences preferences,
            UserFacts facts, Instant now) {
        var category = command.category();
        var zone = facts.timeZone();
        if (category != Category.ACCOUNT && preferences.allows(category, Channel.EMAIL)) {
            var content = command.content();
            var model = new HashMap<String, Object>();
            model.put("title", content.title());
            model.put("body", content.body());
            model.put("link", content.link());
            queueMail(facts, category, content.title(), templateOf(category), model, preferences, now);
        }
        if (preferences.allows(category, Channel.PUSH) && !preferences.isQuiet(now, zone)) {
            var content = command.content();
            return Optional.of(new PendingPush(command.user(),
                    new PushMessage(content.title(), content.body(), content.link(), category.name().toLowerCase())));
        }
        return Optional.empty();
    }

    /**
     * Renders and queues an e-mail for after the user's quiet hours. {@code category} null: account
     * mail (the welcome), which has no unsubscribe link.
     */
    void queueMail(UserFacts facts, Category category, String subject, MailTemplate template,
            Map<String, Object> model, NotificationPreferences preferences, Instant now) {
        mail.enqueue(compose(facts, category, subject, template, model, preferences, now));
    }

    /** Renders an e-mail as {@link #queueMail} does, for the caller to queue (with others, in one go). */
    QueuedMail compose(UserFacts facts, Category category, String subject, MailTemplate template,
            Map<String, Object> model, NotificationPreferences preferences, Instant now) {
        var unsubscribe = category == null ? null : unsubscribeLinks.linkFor(facts.userId(), category);
        var full = new HashMap<>(model);
        full.put("name", facts.displayName() == null || facts.displayName().isBlank() ? facts.username()
                : facts.displayName());
        full.put("unsubscribeUrl", unsubscribe);
        var rendered = composer.render(template, full);
        return new QueuedMail(ids.next(), facts.userId(), subject, rendered.html(), rendered.text(), unsubscribe,
                preferences.mailMayGoAt(now, facts.timeZone()), 0);
    }

    /** Queues what {@link #compose} rendered, in one statement. */
    void queueAll(List<QueuedMail> mails) {
        mail.enqueueAll(mails);
    }

    /** Outside any transaction: to every browser the user subscribed; one the push service says is gone is forgotten. */
    void push(PendingPush pending) {
        send(pending, subscriptions.ofUser(pending.user()));
    }

    /** {@link #push} for many, their subscriptions read in one query. */
    void pushAll(List<PendingPush> pending) {
        if (pending.isEmpty()) {
            return;
        }
        var byUser = subscriptions.ofUsers(pending.stream().map(PendingPush::user).toList());
        for (var one : pending) {
            send(one, byUser.getOrDefault(one.user(), List.of()));
        }
    }

    private void send(PendingPush pending, List<PushSubscription> to) {
        for (var subscription : to) {
            if (push.send(subscription, pending.message()) == Outcome.GONE) {
                subscriptions.forget(subscription.getId());
            }
        }
    }

    private static MailTemplate templateOf(Category category) {
        return switch (category) {
            case CHALLENGE -> MailTemplate.CHALLENGE;
            case ACHIEVEMENT -> MailTemplate.ACHIEVEMENT;
            case REMINDER -> MailTemplate.REMINDER;
            default -> MailTemplate.NOTIFICATION;
        };
    }
}
