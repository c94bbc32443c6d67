package com.weighttracker.gamification.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.challenges.ChallengeCompleted;
import com.weighttracker.gamification.application.port.in.AwardAchievementsUseCase;
import com.weighttracker.gamification.application.port.in.ChallengeResult;
import com.weighttracker.gamification.application.port.in.ForgetPlayerUseCase;
import com.weighttracker.identity.UserPurged;
import com.weighttracker.social.PostLiked;
import com.weighttracker.social.PostPublished;
import com.weighttracker.social.PostType;
import com.weighttracker.tracking.GoalReached;

/**
 * "Goal reached", challenge points, the "finisher" badge and the two social badges: stateful reactions to rare events, each
 * after the producer's commit in a transaction of its own, kept in the outbox until it succeeds. A
 * redelivery finds what the first delivery did and does nothing (the use case is idempotent).
 */
@Component
class AchievementEventsListener {

    private final AwardAchievementsUseCase awards;
    private final ForgetPlayerUseCase forget;

    AchievementEventsListener(AwardAchievementsUseCase awards, ForgetPlayerUseCase forget) {
        this.awards = awards;
        this.forget = forget;
    }

    @ApplicationModuleListener
    void on(GoalReached reached) {
        awards.goalReached(reached.userId(), reached.reachedAt());
    }

    @ApplicationModuleListener
    void on(ChallengeCompleted completed) {
        awards.challengeCompleted(new ChallengeResult(completed.challengeId(), completed.rewardPoints(),
                completed.winners(), completed.participants(), completed.completedAt()));
    }

    /** Posts are ordinary events, not {@code @FrequentEvent}s (a person writes a few a day): the outbox. */
    @ApplicationModuleListener
    void on(PostPublished published) {
        awards.postPublished(published.authorId(), published.postId(), published.publishedAt());
    }

    /**
     * Likes are published once per user and post; only likes on tips count. The condition is read
     * before the publication is stored, so a like on any other post writes no outbox row and starts
     * no delivery (the like is the product's most frequent write).
     */
    @ApplicationModuleListener(condition = "#liked.type() == T(com.weighttracker.social.PostType).TIP")
    void on(PostLiked liked) {
        if (liked.type() == PostType.TIP) {
            awards.tipLiked(liked.authorId(), liked.postId(), liked.likedBy(), liked.likedAt());
        }
    }

    /** Right to be forgotten: a purged user's badges and points go. */
    @ApplicationModuleListener
    void on(UserPurged purged) {
        forget.forget(purged.userId());
    }
}
