package com.weighttracker.notifications.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.notifications.application.port.in.AccountEventsUseCase;
import com.weighttracker.notifications.application.port.in.NotificationCentreUseCase;
import com.weighttracker.notifications.application.port.in.NotificationPage;
import com.weighttracker.notifications.application.port.in.NotificationView;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.application.port.out.MailComposer.MailTemplate;
import com.weighttracker.notifications.application.port.out.MailQueue;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.application.port.out.NotificationRepository.Position;
import com.weighttracker.notifications.application.port.out.PreferencesRepository;
import com.weighttracker.notifications.application.port.out.PushSubscriptionRepository;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.notifications.domain.NotificationId;
import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.notifications.domain.NotificationRejections.NotificationNotFound;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

/** The way in for every source, the user's notification centre, and what account events mean here. */
public final class NotificationService implements NotifyUseCase, NotificationCentreUseCase, AccountEventsUseCase {

    private final NotificationRepository notifications;
    private final PreferencesRepository preferences;
    private final PushSubscriptionRepository subscriptions;
    private final MailQueue mail;
    private final Deliveries deliveries;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, PreferencesRepository preferences,
            PushSubscriptionRepository subscriptions, MailQueue mail, Deliveries deliveries, UserDirectory users,
            Transactions transactions, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.deliveries = deliveries;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean notify(NotifyCommand command) {
        var facts = users.find(command.user());
        if (facts.isEmpty()) {
            return false; // deleted or pending deletion: nobody to tell
        }
        var now = clock.instant();
        var recorded = transactions.inTransaction(() -> deliveries.record(command, preferencesOf(command.user()),
                facts.get(), now));
        recorded.push().ifPresent(deliveries::push);
        return recorded.isNew();
    }

    @Override
    public NotificationPage list(UserId user, String cursor, Integer limit) {
        var size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw InvalidInput.of("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        var after = cursor == null || cursor.isEmpty() ? null : decode(cursor);
        var found = notifications.newest(user, after, size + 1);
        var page = found.size() > size ? found.subList(0, size) : found;
        var last = page.isEmpty() ? null : page.get(page.size() - 1);
        var next = found.size() > size ? encode(last.createdAt(), last.getId().value()) : null;
        return new NotificationPage(page.stream().map(NotificationView::of).toList(), next,
                notifications.unreadCount(user));
    }

    @Override
    public long unreadCount(UserId user) {
        return notifications.unreadCount(user);
    }

    @Override
    public NotificationView markRead(UserId user, UUID notificationId) {
        return transactions.inTransaction(() -> {
            var notification = notifications.find(user, new NotificationId(notificationId))
                    .orElseThrow(NotificationNotFound::new);
            notification.markRead(clock.instant());
            notifications.update(notification);
            return NotificationView.of(notification);
        });
    }

    @Override
    public int markAllRead(UserId user) {
        return transactions.inTransaction(() -> notifications.markAllRead(user, clock.instant()));
    }

    @Override
    public void delete(UserId user, UUID notificationId) {
        if (!transactions.inTransaction(() -> notifications.delete(user, new NotificationId(notificationId)))) {
            throw new NotificationNotFound();
        }
    }

    @Override
    public void welcome(UserId user) {
        var facts = users.find(user);
        if (facts.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var welcome = new NotifyCommand(user, Category.ACCOUNT, new NotificationContent("Welcome to Weight Tracker",
                "Your e-mail address is confirmed. Log your first weigh-in, set a goal, and find a team.", "/"),
                "welcome:" + user);
        var recorded = transactions.inTransaction(() -> {
            var chosen = preferencesOf(user);
            var outcome = deliveries.record(welcome, chosen, facts.get(), now);
            if (outcome.isNew()) {
                deliveries.queueMail(facts.get(), null, "Welcome to Weight Tracker", MailTemplate.WELCOME, Map.of(),
                        chosen, now);
            }
            return outcome;
        });
        recorded.push().ifPresent(deliveries::push);
    }

    @Override
    public void zoneChanged(UserId user, java.time.ZoneId zone) {
        transactions.inTransaction(() -> preferences.find(user).ifPresent(chosen -> {
            if (chosen.moveTo(zone, clock.instant())) {
                preferences.save(chosen);
            }
        }));
    }

    @Override
    public void forget(UserId user) {
        transactions.inTransaction(() -> {
            notifications.deleteAllOf(user);
            preferences.delete(user);
            subscriptions.deleteAllOf(user);
            mail.deleteAllOf(user);
        });
    }

    private NotificationPreferences preferencesOf(UserId user) {
        return preferences.find(user).orElseGet(() -> NotificationPreferences.defaults(user));
    }

    private static String encode(Instant createdAt, UUID id) {
        var micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }

    private static Position decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            var split = text.indexOf('_');
            var micros = Long.parseLong(text.substring(0, split));
            return new Position(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(text.substring(split + 1)));
        } catch (RuntimeException notOurs) {
            throw InvalidInput.of("cursor", "cursor must be a nextCursor this API returned");
        }
    }
}
