package com.weighttracker.notifications.adapter.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of notifications' endpoints, made from the use cases' views by {@link NotificationsRestMapper}. */
final class NotificationsResponses {

    private NotificationsResponses() {
    }

    /** One notification; plain text, to be shown as text. */
    record Notification(UUID id,
            @Schema(allowableValues = { "message", "team", "challenge", "achievement", "moderation", "reminder",
                    "weekly_summary", "account" }) String category,
            String title, String body,
            @Schema(nullable = true, description = "a path in the app it leads to") String link, Instant createdAt,
            @Schema(nullable = true, description = "null while unread") Instant readAt) {
    }

    /** A page of the centre, newest first. */
    record NotificationPage(List<Notification> items,
            @Schema(nullable = true, description = "pass as cursor for the next page; null at the end") String nextCursor,
            long unreadCount) {
    }

    record UnreadCount(long unreadCount) {
    }

    record MarkedRead(int marked) {
    }

    record Deleted(UUID id) {
    }

    record QuietHours(@Schema(example = "22:00") String from, @Schema(example = "07:00") String to) {
    }

    /** Local times are in {@code timeZone}, the zone of the user's profile. */
    record Preferences(
            @Schema(description = "per category the channels that are on: in_app, email, push") Map<String, List<String>> channels,
            @Schema(nullable = true) QuietHours quietHours,
            @Schema(nullable = true, example = "07:30") String dailyReminderAt,
            @Schema(nullable = true, example = "sunday") String weeklyCheckInOn,
            String timeZone) {
    }

    record PushSubscription(UUID id, String endpoint, Instant createdAt) {
    }

    record PushKey(@Schema(description = "the VAPID public key, base64url: the applicationServerKey of "
            + "PushManager.subscribe") String applicationServerKey) {
    }

    record Unsubscribed(String category, boolean unsubscribed) {
    }
}
