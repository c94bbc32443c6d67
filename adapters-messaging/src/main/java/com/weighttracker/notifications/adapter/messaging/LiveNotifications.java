package com.weighttracker.notifications.adapter.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.NotificationCreated;
import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.shared.application.LiveUpdates;

/**
 * Pushes each new notification to its user's open sessions, {@code /user/queue/notifications}
 * (ADR 22): a derived reaction (ADR 16; {@link NotificationCreated} is frequent), so a lost push
 * costs nothing the notification centre's REST read does not repair.
 */
@Component
class LiveNotifications {

    static final String QUEUE = "/queue/notifications";

    /** {@code {"type":"notification","id","category","title","createdAt"}} (the category as REST names it): enough to show a badge or a toast. */
    record Pushed(String type, UUID id, String category, String title, Instant createdAt) {
    }

    private final LiveUpdates live;

    LiveNotifications(LiveUpdates live) {
        this.live = live;
    }

    @DerivedReaction
    void on(NotificationCreated created) {
        live.toUser(created.userId(), QUEUE, new Pushed("notification", created.notificationId(),
                created.category().toLowerCase(Locale.ROOT), created.title(), created.createdAt()));
    }
}
