package com.weighttracker.notifications.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.weighttracker.notifications.domain.Notification;
import com.weighttracker.notifications.domain.NotificationId;
import com.weighttracker.shared.UserId;

public interface NotificationRepository {

    /** Stores it unless the user already has one with its source key; @return whether it was stored. */
    boolean addIfNew(Notification notification);

    /**
     * {@link #addIfNew} for many in one statement (the reminder job's batch); @return the ids of those
     * stored (the others' users already had one with their source key)
     */
    Set<NotificationId> addAllIfNew(List<Notification> notifications);

    /**
     * Those of the source keys a notification exists for already (indexed reads for many at once,
     * before {@link #addIfNew} would find each of them taken).
     */
    Set<SourceKey> havingSourceKeys(Collection<SourceKey> sourceKeys);

    /** A user's notification from one source ({@code sourceKey}). */
    record SourceKey(UserId user, String key) {
    }

    Optional<Notification> find(UserId user, NotificationId id);

    void update(Notification notification);

    /** The user's notifications newest first, after {@code after} (exclusive) when given; at most {@code limit}. */
    List<Notification> newest(UserId user, Position after, int limit);

    long unreadCount(UserId user);

    int markAllRead(UserId user, Instant now);

    boolean delete(UserId user, NotificationId id);

    void deleteAllOf(UserId user);

    /** Read notifications read before {@code cutoff}, and any created before {@code unreadCutoff}. */
    int deleteOld(Instant readCutoff, Instant unreadCutoff);

    /** Where a page ended: the last item's creation time and id. */
    record Position(Instant createdAt, java.util.UUID id) {
    }
}
