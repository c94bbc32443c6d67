package com.weighttracker.notifications.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The parts of a user's preferences one request changes. An empty outer optional keeps that part; an
 * empty inner one turns it off (no quiet hours, no daily reminder, no weekly check-in).
 */
public record PreferencesChange(Map<Category, Set<Channel>> channels, Optional<Optional<QuietHours>> quietHours,
        Optional<Optional<LocalTime>> dailyReminderAt, Optional<Optional<DayOfWeek>> weeklyCheckInOn)
        implements ValueObject {

    public PreferencesChange {
        channels = Map.copyOf(channels);
    }
}
