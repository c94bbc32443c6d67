package com.weighttracker.notifications.adapter.persistence;

import static com.weighttracker.notifications.adapter.persistence.schema.Tables.PREFERENCES;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.notifications.adapter.persistence.schema.tables.records.PreferencesRecord;
import com.weighttracker.notifications.application.port.out.PreferencesRepository;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.Channel;
import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.notifications.domain.QuietHours;
import com.weighttracker.shared.UserId;

@Repository
class JooqPreferencesRepository implements PreferencesRepository {

    private final DSLContext dsl;

    JooqPreferencesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<NotificationPreferences> find(UserId user) {
        return dsl.selectFrom(PREFERENCES).where(PREFERENCES.USER_ID.eq(user.value()))
                .fetchOptional(JooqPreferencesRepository::toPreferences);
    }

    @Override
    public Map<UserId, NotificationPreferences> findAll(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var ids = users.stream().map(UserId::value).toArray(UUID[]::new);
        return dsl.selectFrom(PREFERENCES).where(PREFERENCES.USER_ID.eq(DSL.any(ids)))
                .fetch(JooqPreferencesRepository::toPreferences).stream()
                .collect(Collectors.toMap(NotificationPreferences::getId, Function.identity()));
    }

    @Override
    public void save(NotificationPreferences preferences) {
        upsert(preferences).execute();
    }

    /**
     * One multi-row {@code insert … on conflict do update} for all (a job's batch): rendered and sent once,
     * where a JDBC batch of single-row upserts rendered every row's statement apart (the weekly summary's
     * batch spent a sixth of its time there).
     */
    @Override
    public void saveAll(Collection<NotificationPreferences> preferences) {
        if (preferences.isEmpty()) {
            return;
        }
        var unique = new LinkedHashMap<UserId, NotificationPreferences>();
        preferences.forEach(each -> unique.put(each.getId(), each)); // a row may be named once per statement
        // every column, as row() sets each of them (a column it left out would be written as null)
        var rows = unique.values().stream().map(this::row).toList();
        var update = new LinkedHashMap<Field<?>, Field<?>>();
        for (var field : PREFERENCES.fields()) {
            if (!field.equals(PREFERENCES.USER_ID)) {
                update.put(field, DSL.excluded(field));
            }
        }
        dsl.insertInto(PREFERENCES, PREFERENCES.fields()).valuesOfRecords(rows)
                .onConflict(PREFERENCES.USER_ID).doUpdate().set(update).execute();
    }

    private org.jooq.Query upsert(NotificationPreferences preferences) {
        var row = row(preferences);
        return dsl.insertInto(PREFERENCES).set(row)
                .onConflict(PREFERENCES.USER_ID).doUpdate().set(row);
    }

    private PreferencesRecord row(NotificationPreferences preferences) {
        var row = dsl.newRecord(PREFERENCES);
        row.setUserId(preferences.getId().value());
        row.setChannels(channelsText(preferences.channels()));
        row.setQuietFrom(preferences.quietHours().map(QuietHours::from).orElse(null));
        row.setQuietTo(preferences.quietHours().map(QuietHours::to).orElse(null));
        row.setDailyReminderAt(preferences.dailyReminderAt().orElse(null));
        row.setWeeklyCheckInOn(preferences.weeklyCheckInOn().map(DayOfWeek::name).orElse(null));
        row.setNextDailyReminder(preferences.nextDailyReminder().orElse(null));
        row.setNextCheckIn(preferences.nextCheckIn().orElse(null));
        row.setNextSummary(preferences.nextSummary().orElse(null));
        row.setPlannedIn(preferences.plannedIn().map(java.time.ZoneId::getId).orElse(null));
        return row;
    }

    @Override
    public List<NotificationPreferences> claimDue(Due due, Instant now, int limit) {
        var column = switch (due) {
            case DAILY_REMINDER -> PREFERENCES.NEXT_DAILY_REMINDER;
            case CHECK_IN -> PREFERENCES.NEXT_CHECK_IN;
            case SUMMARY -> PREFERENCES.NEXT_SUMMARY;
        };
        // the partial index on the column, oldest first; rows another instance holds are skipped
        return dsl.selectFrom(PREFERENCES)
                .where(column.le(now))
                .orderBy(column)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(JooqPreferencesRepository::toPreferences);
    }

    @Override
    public void delete(UserId user) {
        dsl.deleteFrom(PREFERENCES).where(PREFERENCES.USER_ID.eq(user.value())).execute();
    }

    private static String channelsText(Map<Category, Set<Channel>> channels) {
        return channels.entrySet().stream()
                .map(entry -> entry.getKey().name() + ":" + entry.getValue().stream().map(Channel::name).sorted()
                        .collect(Collectors.joining("+")))
                .collect(Collectors.joining(","));
    }

    private static Map<Category, Set<Channel>> channelsOf(String text) {
        var channels = new EnumMap<Category, Set<Channel>>(Category.class);
        for (var entry : text.split(",")) {
            var split = entry.indexOf(':');
            var category = knownCategory(entry.substring(0, split));
            if (category == null) {
                continue; // a category that no longer exists
            }
            var chosen = EnumSet.noneOf(Channel.class);
            for (var channel : entry.substring(split + 1).split("\\+")) {
                if (!channel.isEmpty()) {
                    chosen.add(Channel.valueOf(channel));
                }
            }
            channels.put(category, chosen);
        }
        return channels;
    }

    private static Category knownCategory(String name) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException gone) {
            return null;
        }
    }

    private static NotificationPreferences toPreferences(PreferencesRecord row) {
        var quiet = row.getQuietFrom() == null ? null : new QuietHours(row.getQuietFrom(), row.getQuietTo());
        return NotificationPreferences.restore(new UserId(row.getUserId()), channelsOf(row.getChannels()), quiet,
                row.getDailyReminderAt(), row.getWeeklyCheckInOn() == null ? null
                        : DayOfWeek.valueOf(row.getWeeklyCheckInOn()),
                row.getNextDailyReminder(), row.getNextCheckIn(), row.getNextSummary(),
                row.getPlannedIn() == null ? null : java.time.ZoneId.of(row.getPlannedIn()));
    }
}
