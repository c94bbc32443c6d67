package com.weighttracker.notifications.application.port.in;

import com.weighttracker.notifications.NotificationCreated;

/** Pushes a new notification to its user's open sessions ({@code /user/queue/notifications}), after its commit. */
public interface AnnounceNotificationUseCase {

    void announce(NotificationCreated created);
}
