package com.weighttracker.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.notifications.NotificationCreated;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;

/**
 * One entry of a user's notification centre. {@code sourceKey} names what caused it (the event and
 * its ids), so a second delivery of the same event finds it and adds nothing (at-least-once
 * listeners, ADR 16).
 */
public final class Notification extends EventRecordingAggregate<Notification, NotificationId> {

    public static final int MAX_SOURCE_KEY = 200;

    private final NotificationId id;
    private final UserId userId;
    private final Category category;
    private final NotificationContent content;
    private final String sourceKey;
    private final boolean inCentre;
    private final Instant createdAt;
    private Instant readAt;

    private Notification(NotificationId id, UserId userId, Category category, NotificationContent content,
            String sourceKey, boolean inCentre, Instant createdAt, Instant readAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.category = Objects.requireNonNull(category);
        this.content = Objects.requireNonNull(content);
        this.sourceKey = Objects.requireNonNull(sourceKey);
        if (sourceKey.isBlank() || sourceKey.length() > MAX_SOURCE_KEY) {
            throw new IllegalArgumentException("a source key is 1 to " + MAX_SOURCE_KEY + " characters");
        }
        this.inCentre = inCentre;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.readAt = readAt;
    }

    /**
     * A new, unread notification. {@code inCentre}: whether the user sees it in the app (their
     * preference for its category); one they do not is kept anyway, out of sight, so a second delivery
     * of its cause still finds it. Once stored ({@link #stored()}), one in the centre announces itself.
     */
    public static Notification create(NotificationId id, UserId userId, Category category,
            NotificationContent content, String sourceKey, boolean inCentre, Instant now) {
        return new Notification(id, userId, category, content, sourceKey, inCentre, now, null);
    }

    /**
     * It was stored: one in the centre records {@link NotificationCreated} for live delivery. Not
     * called for one whose source key its user had already, so a repeated cause pushes nothing.
     */
    public void stored() {
        if (inCentre) {
            register(new NotificationCreated(id.value(), userId, category.name(), content.title(), createdAt));
        }
    }

    public static Notification restore(NotificationId id, UserId userId, Category category,
            NotificationContent content, String sourceKey, boolean inCentre, Instant createdAt, Instant readAt) {
        return new Notification(id, userId, category, content, sourceKey, inCentre, createdAt, readAt);
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    @Override
    public NotificationId getId() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public Category category() {
        return category;
    }

    public NotificationContent content() {
        return content;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public boolean inCentre() {
        return inCentre;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
