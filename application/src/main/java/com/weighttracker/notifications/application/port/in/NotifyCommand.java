package com.weighttracker.notifications.application.port.in;

import java.util.Objects;

import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;

/**
 * Tell a user something. {@code sourceKey} names its cause uniquely (e.g. {@code "goal-reached:<user>:<at>"}):
 * a second command with the same key for the same user does nothing, so at-least-once listeners stay idempotent.
 */
public record NotifyCommand(UserId user, Category category, NotificationContent content, String sourceKey) {

    public NotifyCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }
}
