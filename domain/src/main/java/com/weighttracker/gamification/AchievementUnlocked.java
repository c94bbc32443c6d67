package com.weighttracker.gamification;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A user unlocked an achievement, once ever (FR-6.1): for notifications and real time. */
public record AchievementUnlocked(UserId userId, Achievement achievement, int points, Instant unlockedAt)
        implements DomainEvent {

    public AchievementUnlocked {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(unlockedAt, "unlockedAt");
    }
}
