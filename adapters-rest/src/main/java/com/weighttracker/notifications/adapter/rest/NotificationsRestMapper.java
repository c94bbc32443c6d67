package com.weighttracker.notifications.adapter.rest;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.notifications.application.port.in.NotificationPage;
import com.weighttracker.notifications.application.port.in.NotificationView;
import com.weighttracker.notifications.application.port.in.PreferencesView;
import com.weighttracker.notifications.application.port.in.PushSubscriptionView;
import com.weighttracker.notifications.domain.Category;

/** Notifications' views as the REST adapter's responses (ADR 18); enum names go out in lower case. */
@Mapper
interface NotificationsRestMapper {

    NotificationsResponses.Notification toNotification(NotificationView notification);

    NotificationsResponses.NotificationPage toPage(NotificationPage page);

    NotificationsResponses.PushSubscription toPushSubscription(PushSubscriptionView subscription);

    @Mapping(target = "quietHours", expression = "java(quietHours(view.quietHoursFrom(), view.quietHoursTo()))")
    @Mapping(target = "channels", expression = "java(channels(view))")
    @Mapping(target = "weeklyCheckInOn", expression = "java(view.weeklyCheckInOn() == null ? null : NotificationsRestMapper.lower(view.weeklyCheckInOn()))")
    @Mapping(target = "timeZone", expression = "java(view.timeZone().getId())")
    NotificationsResponses.Preferences toPreferences(PreferencesView view);

    default String category(Category category) {
        return lower(category);
    }

    default String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    default NotificationsResponses.QuietHours quietHours(LocalTime from, LocalTime to) {
        return from == null ? null : new NotificationsResponses.QuietHours(from.toString(), to.toString());
    }

    default java.util.Map<String, List<String>> channels(PreferencesView view) {
        var channels = new LinkedHashMap<String, List<String>>();
        view.channels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> channels.put(lower(entry.getKey()),
                        entry.getValue().stream().sorted().map(NotificationsRestMapper::lower).toList()));
        return channels;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
