package com.weighttracker.notifications.application.port.in;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.Channel;
import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.notifications.domain.QuietHours;

/** A user's choices; times are local times of {@code timeZone} (the user's profile zone). */
public record PreferencesView(Map<Category, Set<Channel>> channels, LocalTime quietHoursFrom, LocalTime quietHoursTo,
        LocalTime dailyReminderAt, DayOfWeek weeklyCheckInOn, ZoneId timeZone) {

    public static PreferencesView of(NotificationPreferences preferences, ZoneId zone) {
        var quiet = preferences.quietHours();
        return new PreferencesView(preferences.channels(), quiet.map(QuietHours::from).orElse(null),
                quiet.map(QuietHours::to).orElse(null), preferences.dailyReminderAt().orElse(null),
                preferences.weeklyCheckInOn().orElse(null), zone);
    }
}
