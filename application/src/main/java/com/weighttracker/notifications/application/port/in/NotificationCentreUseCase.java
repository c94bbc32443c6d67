package com.weighttracker.notifications.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** A user's own notification centre; another user's notification is not found. */
public interface NotificationCentreUseCase {

    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 100;

    /**
     * @param cursor null for the newest, else a page's {@code nextCursor}
     * @throws com.weighttracker.shared.InvalidInput for a cursor we did not make or a limit out of range
     */
    NotificationPage list(UserId user, String cursor, Integer limit);

    long unreadCount(UserId user);

    NotificationView markRead(UserId user, UUID notificationId);

    /** @return how many were unread */
    int markAllRead(UserId user);

    void delete(UserId user, UUID notificationId);
}
