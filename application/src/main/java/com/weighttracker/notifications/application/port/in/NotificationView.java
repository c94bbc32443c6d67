package com.weighttracker.notifications.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.Notification;

public record NotificationView(UUID id, Category category, String title, String body, String link,
        Instant createdAt, Instant readAt) {

    public static NotificationView of(Notification notification) {
        var content = notification.content();
        return new NotificationView(notification.getId().value(), notification.category(), content.title(),
                content.body(), content.link(), notification.createdAt(), notification.readAt().orElse(null));
    }
}
