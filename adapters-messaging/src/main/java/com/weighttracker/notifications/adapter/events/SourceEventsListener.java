package com.weighttracker.notifications.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.challenges.ChallengeCompleted;
import com.weighttracker.gamification.AchievementUnlocked;
import com.weighttracker.notifications.application.port.in.SourceEventsUseCase;
import com.weighttracker.teams.JoinRequestDecided;
import com.weighttracker.tracking.GoalReached;

/** Tracking's, teams', challenges' and gamification's events that someone should hear about. */
@Component
class SourceEventsListener {

    private final SourceEventsUseCase sources;

    SourceEventsListener(SourceEventsUseCase sources) {
        this.sources = sources;
    }

    @ApplicationModuleListener
    void on(GoalReached reached) {
        sources.goalReached(reached.userId(), reached.target(), reached.reachedAt());
    }

    @ApplicationModuleListener
    void on(JoinRequestDecided decided) {
        sources.joinRequestDecided(decided.requestId(), decided.teamId(), decided.userId(), decided.approved());
    }

    @ApplicationModuleListener
    void on(ChallengeCompleted completed) {
        sources.challengeCompleted(completed.challengeId(), completed.name(), completed.winners(),
                completed.participants(), completed.rewardPoints());
    }

    @ApplicationModuleListener
    void on(AchievementUnlocked unlocked) {
        var achievement = unlocked.achievement();
        sources.achievementUnlocked(unlocked.userId(), achievement.code(), achievement.title(),
                achievement.description(), unlocked.points());
    }
}
