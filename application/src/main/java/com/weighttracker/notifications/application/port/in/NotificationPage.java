package com.weighttracker.notifications.application.port.in;

import java.util.List;

/** Newest first; {@code nextCursor} continues after the last item, null at the end. */
public record NotificationPage(List<NotificationView> items, String nextCursor, long unreadCount) {

    public NotificationPage {
        items = List.copyOf(items);
    }
}
