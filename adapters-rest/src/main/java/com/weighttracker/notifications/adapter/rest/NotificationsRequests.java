package com.weighttracker.notifications.adapter.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.Channel;
import com.weighttracker.notifications.domain.PreferencesChange;
import com.weighttracker.notifications.domain.QuietHours;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Violations;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of notifications' endpoints; names are validated here, every broken rule at once. */
final class NotificationsRequests {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private NotificationsRequests() {
    }

    record QuietHoursBody(@Schema(example = "22:00", requiredMode = Schema.RequiredMode.REQUIRED) String from,
            @Schema(example = "07:00", requiredMode = Schema.RequiredMode.REQUIRED) String to) {
    }

    /**
     * The whole set of choices (PUT replaces them): categories left out of {@code channels} get their
     * defaults; a null or absent {@code quietHours}, {@code dailyReminderAt} or {@code weeklyCheckInOn}
     * turns that off.
     */
    record PutPreferences(
            @Schema(description = "category (message, team, challenge, achievement, moderation, reminder, "
                    + "weekly_summary, account) to the channels that should be on (in_app, email, push)",
                    requiredMode = Schema.RequiredMode.REQUIRED) Map<String, List<String>> channels,
            @Schema(nullable = true) QuietHoursBody quietHours,
            @Schema(nullable = true, example = "07:30", description = "local time of the daily weigh-in reminder, HH:mm")
            String dailyReminderAt,
            @Schema(nullable = true, example = "sunday", description = "day of the weekly check-in (at 09:00)")
            String weeklyCheckInOn) {

        PreferencesChange toChange() {
            var violations = new Violations();
            var chosen = violations.check("channels", () -> chosenChannels(channels));
            var quiet = violations.check("quietHours", () -> quietHours == null ? null
                    : new QuietHours(time("quietHours.from", quietHours.from()), time("quietHours.to", quietHours.to())));
            var daily = violations.check("dailyReminderAt",
                    () -> dailyReminderAt == null ? null : time("dailyReminderAt", dailyReminderAt));
            var weekly = violations.check("weeklyCheckInOn", () -> day(weeklyCheckInOn));
            violations.throwIfAny();
            return new PreferencesChange(chosen, Optional.of(Optional.ofNullable(quiet)),
                    Optional.of(Optional.ofNullable(daily)), Optional.of(Optional.ofNullable(weekly)));
        }
    }

    record SubscribePush(
            @Schema(description = "the push service's URL from PushSubscription.endpoint", maxLength = 1000,
                    requiredMode = Schema.RequiredMode.REQUIRED) String endpoint,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Keys keys) {
    }

    record Keys(@Schema(description = "base64url P-256 public key", requiredMode = Schema.RequiredMode.REQUIRED)
            String p256dh,
            @Schema(description = "base64url 16-byte secret", requiredMode = Schema.RequiredMode.REQUIRED) String auth) {
    }

    private static Map<Category, Set<Channel>> chosenChannels(Map<String, List<String>> given) {
        if (given == null) {
            throw InvalidInput.of("channels", "channels is required");
        }
        var chosen = new EnumMap<Category, Set<Channel>>(Category.class);
        for (var entry : given.entrySet()) {
            var category = name(Category.class, "channels", entry.getKey());
            var on = EnumSet.noneOf(Channel.class);
            if (entry.getValue() == null) {
                throw InvalidInput.of("channels." + entry.getKey(), "a list of channels is required");
            }
            for (var channel : entry.getValue()) {
                on.add(name(Channel.class, "channels." + entry.getKey(), channel));
            }
            chosen.put(category, on);
        }
        // PUT replaces: a category left out gets its defaults back
        for (var category : Category.values()) {
            if (!chosen.containsKey(category)) {
                var defaults = EnumSet.noneOf(Channel.class);
                for (var channel : Channel.values()) {
                    if (category.onByDefault(channel)) {
                        defaults.add(channel);
                    }
                }
                chosen.put(category, defaults);
            }
        }
        return chosen;
    }

    private static <E extends Enum<E>> E name(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of(field, field + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private static LocalTime time(String field, String value) {
        if (value == null || !TIME.matcher(value).matches()) {
            throw InvalidInput.of(field, field + " must be a local time HH:mm");
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, field + " must be a local time HH:mm");
        }
    }

    private static DayOfWeek day(String value) {
        return value == null ? null : name(DayOfWeek.class, "weeklyCheckInOn", value);
    }
}
