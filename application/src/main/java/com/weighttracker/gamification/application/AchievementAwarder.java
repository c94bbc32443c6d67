package com.weighttracker.gamification.application;

import java.time.Instant;
import java.util.Set;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.gamification.domain.Award;
import com.weighttracker.shared.UserId;

/**
 * The one way an achievement is unlocked, inside the caller's transaction: stored if new (the key
 * decides), then announced ({@code AchievementUnlocked} at commit) and its points booked. Whatever
 * comes again, a redelivered event or a repeated feed batch, finds the award and does nothing.
 */
final class AchievementAwarder {

    private final AwardRepository awards;
    private final PointsLedger ledger;

    AchievementAwarder(AwardRepository awards, PointsLedger ledger) {
        this.awards = awards;
        this.ledger = ledger;
    }

    /** @return how many were unlocked now */
    int unlock(UserId user, Set<Achievement> earned, Instant now) {
        if (earned.isEmpty()) {
            return 0;
        }
        var owned = awards.achievementsOf(user);
        var unlocked = 0;
        for (var achievement : earned) {
            if (owned.contains(achievement)) {
                continue;
            }
            var award = Award.unlock(user, achievement, now);
            if (awards.addIfNew(award)) {
                award.announce();
                ledger.credit(user, award.pointsSource(), achievement.points(), now);
                unlocked++;
            }
        }
        return unlocked;
    }
}
