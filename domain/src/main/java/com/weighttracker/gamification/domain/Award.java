package com.weighttracker.gamification.domain;

import java.time.Instant;
import java.util.Objects;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.AchievementUnlocked;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;

/**
 * An achievement a user unlocked. Unlocked once ever: the store keeps one per user and achievement,
 * and only the award that was stored first is announced ({@link #announce}), so a redelivered event
 * or a feed batch that comes again unlocks nothing twice.
 */
public final class Award extends EventRecordingAggregate<Award, AwardId> {

    private final AwardId id;
    private final Instant unlockedAt;

    private Award(AwardId id, Instant unlockedAt) {
        this.id = Objects.requireNonNull(id);
        this.unlockedAt = Objects.requireNonNull(unlockedAt);
    }

    /** A candidate award: nothing is announced until the store says it is the first. */
    public static Award unlock(UserId user, Achievement achievement, Instant now) {
        return new Award(new AwardId(user, achievement), now);
    }

    public static Award restore(UserId user, Achievement achievement, Instant unlockedAt) {
        return new Award(new AwardId(user, achievement), unlockedAt);
    }

    /** The award was stored for the first time: it is news, and earns its points. */
    public void announce() {
        register(new AchievementUnlocked(id.userId(), id.achievement(), id.achievement().points(), unlockedAt));
    }

    /** Where the points of this award are booked: one entry per user and achievement. */
    public String pointsSource() {
        return "achievement:" + id.achievement().name();
    }

    @Override
    public AwardId getId() {
        return id;
    }

    public Achievement achievement() {
        return id.achievement();
    }

    public UserId userId() {
        return id.userId();
    }

    public Instant unlockedAt() {
        return unlockedAt;
    }
}
