package com.weighttracker.notifications.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;

import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;

/**
 * A user's choices: which categories reach them on which channel, their quiet hours, and when they
 * want reminders (FR-2.4). Also when their reminders and weekly summary are next due, kept in step
 * with those choices and the user's zone, so the jobs find who is due by one indexed query.
 */
public final class NotificationPreferences implements AggregateRoot<NotificationPreferences, UserId> {

    /** The weekly check-in and the weekly summary come at this local time on their day. */
    public static final LocalTime WEEKLY_TIME = LocalTime.of(9, 0);
    /** The weekly summary goes out on Monday mornings (FR-7.3). */
    public static final DayOfWeek SUMMARY_DAY = DayOfWeek.MONDAY;

    private final UserId userId;
    private final Map<Category, Set<Channel>> channels;
    private QuietHours quietHours;
    private LocalTime dailyReminderAt;
    private DayOfWeek weeklyCheckInOn;
    private Instant nextDailyReminder;
    private Instant nextCheckIn;
    private Instant nextSummary;
    private ZoneId plannedIn;

    private NotificationPreferences(UserId userId, Map<Category, Set<Channel>> channels, QuietHours quietHours,
            LocalTime dailyReminderAt, DayOfWeek weeklyCheckInOn, Instant nextDailyReminder, Instant nextCheckIn,
            Instant nextSummary, ZoneId plannedIn) {
        this.userId = Objects.requireNonNull(userId);
        this.channels = new EnumMap<>(Category.class);
        for (var category : Category.values()) {
            var chosen = channels.get(category);
            this.channels.put(category, chosen == null ? defaults(category) : copy(chosen));
        }
        this.quietHours = quietHours;
        this.dailyReminderAt = dailyReminderAt == null ? null : wholeMinute("dailyReminderAt", dailyReminderAt);
        this.weeklyCheckInOn = weeklyCheckInOn;
        this.nextDailyReminder = nextDailyReminder;
        this.nextCheckIn = nextCheckIn;
        this.nextSummary = nextSummary;
        this.plannedIn = plannedIn;
    }

    /** What a user who never chose anything gets. */
    public static NotificationPreferences defaults(UserId userId) {
        return new NotificationPreferences(userId, Map.of(), null, null, null, null, null, null, null);
    }

    public static NotificationPreferences restore(UserId userId, Map<Category, Set<Channel>> channels,
            QuietHours quietHours, LocalTime dailyReminderAt, DayOfWeek weeklyCheckInOn, Instant nextDailyReminder,
            Instant nextCheckIn, Instant nextSummary, ZoneId plannedIn) {
        return new NotificationPreferences(userId, channels, quietHours, dailyReminderAt, weeklyCheckInOn,
                nextDailyReminder, nextCheckIn, nextSummary, plannedIn);
    }

    /**
     * Replaces the choices named in {@code change} (absent parts stay) and plans the next reminders
     * and summary from {@code now} in {@code zone}.
     */
    public void change(PreferencesChange change, ZoneId zone, Instant now) {
        change.channels().forEach((category, chosen) -> channels.put(category, copy(chosen)));
        change.quietHours().ifPresent(hours -> quietHours = hours.orElse(null));
        change.dailyReminderAt().ifPresent(time -> dailyReminderAt = time.map(t -> wholeMinute("dailyReminderAt", t))
                .orElse(null));
        change.weeklyCheckInOn().ifPresent(day -> weeklyCheckInOn = day.orElse(null));
        plan(zone, now);
    }

    /** The one-click unsubscribe (RFC 8058): no more e-mail of this category. */
    public void unsubscribeByEmail(Category category) {
        channels.get(category).remove(Channel.EMAIL);
        if (category == Category.WEEKLY_SUMMARY) {
            nextSummary = null;
        }
    }

    /**
     * The user moved to {@code zone}: plans afresh after {@code now}, unless everything is planned in that
     * zone already. @return whether anything changed
     */
    public boolean moveTo(ZoneId zone, Instant now) {
        if (zone.equals(plannedIn)) {
            return false;
        }
        plan(zone, now);
        return true;
    }

    /** Plans every reminder and the summary afresh after {@code now}, in {@code zone}. */
    public void plan(ZoneId zone, Instant now) {
        plannedIn = zone;
        nextDailyReminder = wants(Category.REMINDER) && dailyReminderAt != null
                ? LocalSchedule.nextDaily(dailyReminderAt, zone, now) : null;
        nextCheckIn = wants(Category.REMINDER) && weeklyCheckInOn != null
                ? LocalSchedule.nextWeekly(weeklyCheckInOn, WEEKLY_TIME, zone, now) : null;
        nextSummary = allows(Category.WEEKLY_SUMMARY, Channel.EMAIL)
                ? LocalSchedule.nextWeekly(SUMMARY_DAY, WEEKLY_TIME, zone, now) : null;
    }

    /**
     * After the daily reminder due at {@code due} went out (or was skipped) at {@code now}: the next one,
     * after both (a run late by days, after downtime, does not catch up on the missed ones).
     */
    public void dailyReminderDone(ZoneId zone, Instant due, Instant now) {
        nextDailyReminder = dailyReminderAt == null ? null
                : LocalSchedule.nextDaily(dailyReminderAt, zone, later(due, now));
    }

    public void checkInDone(ZoneId zone, Instant due, Instant now) {
        nextCheckIn = weeklyCheckInOn == null ? null
                : LocalSchedule.nextWeekly(weeklyCheckInOn, WEEKLY_TIME, zone, later(due, now));
    }

    public void summaryDone(ZoneId zone, Instant due, Instant now) {
        nextSummary = allows(Category.WEEKLY_SUMMARY, Channel.EMAIL)
                ? LocalSchedule.nextWeekly(SUMMARY_DAY, WEEKLY_TIME, zone, later(due, now)) : null;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    public boolean allows(Category category, Channel channel) {
        return channels.get(category).contains(channel);
    }

    private boolean wants(Category category) {
        return !channels.get(category).isEmpty();
    }

    /** Whether push may buzz, or e-mail land, at {@code instant}. */
    public boolean isQuiet(Instant instant, ZoneId zone) {
        return quietHours != null && quietHours.contains(instant, zone);
    }

    /** When an e-mail made at {@code instant} may go out: at once, or when quiet hours end. */
    public Instant mailMayGoAt(Instant instant, ZoneId zone) {
        return quietHours == null ? instant : quietHours.nextAllowed(instant, zone);
    }

    @Override
    public UserId getId() {
        return userId;
    }

    public Map<Category, Set<Channel>> channels() {
        var view = new EnumMap<Category, Set<Channel>>(Category.class);
        channels.forEach((category, chosen) -> view.put(category, Set.copyOf(chosen)));
        return view;
    }

    public Optional<QuietHours> quietHours() {
        return Optional.ofNullable(quietHours);
    }

    public Optional<LocalTime> dailyReminderAt() {
        return Optional.ofNullable(dailyReminderAt);
    }

    public Optional<DayOfWeek> weeklyCheckInOn() {
        return Optional.ofNullable(weeklyCheckInOn);
    }

    public Optional<Instant> nextDailyReminder() {
        return Optional.ofNullable(nextDailyReminder);
    }

    public Optional<Instant> nextCheckIn() {
        return Optional.ofNullable(nextCheckIn);
    }

    public Optional<Instant> nextSummary() {
        return Optional.ofNullable(nextSummary);
    }

    /** The zone the next reminders and summary were planned in. */
    public Optional<ZoneId> plannedIn() {
        return Optional.ofNullable(plannedIn);
    }

    private static Set<Channel> defaults(Category category) {
        var on = EnumSet.noneOf(Channel.class);
        for (var channel : Channel.values()) {
            if (category.onByDefault(channel)) {
                on.add(channel);
            }
        }
        return on;
    }

    private static Set<Channel> copy(Set<Channel> chosen) {
        return chosen.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(chosen);
    }

    private static LocalTime wholeMinute(String field, LocalTime time) {
        Rules.check(time.getSecond() == 0 && time.getNano() == 0, field, field + " is a whole minute (HH:mm)");
        return time;
    }
}
