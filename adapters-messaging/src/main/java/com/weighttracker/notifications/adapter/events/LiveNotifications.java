package com.weighttracker.notifications.adapter.events;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.NotificationCreated;
import com.weighttracker.notifications.application.port.in.AnnounceNotificationUseCase;
import com.weighttracker.platform.adapter.events.DerivedReaction;

/**
 * Each new notification goes to its user's open sessions: a derived reaction (ADR 16;
 * {@link NotificationCreated} is frequent), so a lost push costs nothing the centre's read does not repair.
 */
@Component
class LiveNotifications {

    private final AnnounceNotificationUseCase announce;

    LiveNotifications(AnnounceNotificationUseCase announce) {
        this.announce = announce;
    }

    @DerivedReaction
    void on(NotificationCreated created) {
        announce.announce(created);
    }
}
