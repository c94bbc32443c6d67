package com.weighttracker.notifications.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.shared.UserId;

public interface PreferencesRepository {

    Optional<NotificationPreferences> find(UserId user);

    /** Of those who saved any; the others have the defaults. */
    Map<UserId, NotificationPreferences> findAll(Collection<UserId> users);

    /** Inserts or replaces. */
    void save(NotificationPreferences preferences);

    /** {@link #save} for many, in one round trip (the jobs' batches). */
    void saveAll(Collection<NotificationPreferences> preferences);

    /** What is due at {@code now}, claimed for this transaction (skip locked); at most {@code limit}. */
    List<NotificationPreferences> claimDue(Due due, Instant now, int limit);

    void delete(UserId user);

    enum Due {
        DAILY_REMINDER, CHECK_IN, SUMMARY
    }
}
