package com.weighttracker.notifications.application;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.weighttracker.notifications.NotificationCreated;
import com.weighttracker.notifications.application.port.in.AnnounceNotificationUseCase;
import com.weighttracker.shared.application.LiveUpdates;

/**
 * {@code {"type":"notification","id","category","title","createdAt"}} (the category as REST names it)
 * on the user's {@code /user/queue/notifications}: enough for a badge or a toast; a lost one is
 * repaired by the centre's REST read (ADR 22).
 */
public final class LiveNotificationService implements AnnounceNotificationUseCase {

    static final String QUEUE = "/queue/notifications";

    record Pushed(String type, UUID id, String category, String title, Instant createdAt) {
    }

    private final LiveUpdates live;

    public LiveNotificationService(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void announce(NotificationCreated created) {
        live.toUser(created.userId(), QUEUE, new Pushed("notification", created.notificationId(),
                created.category().toLowerCase(Locale.ROOT), created.title(), created.createdAt()));
    }
}
