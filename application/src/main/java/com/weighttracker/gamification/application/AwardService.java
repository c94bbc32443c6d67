package com.weighttracker.gamification.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.application.port.in.AwardAchievementsUseCase;
import com.weighttracker.gamification.application.port.in.ChallengeResult;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.gamification.application.port.out.SocialActs;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

/** Achievements and points from rare events, delivered at least once through the outbox (ADR 16). */
public final class AwardService implements AwardAchievementsUseCase {

    private final AchievementAwarder awarder;
    private final PointsLedger ledger;
    private final SocialActs socialActs;
    private final Transactions transactions;

    public AwardService(AwardRepository awards, PointsLedger ledger, SocialActs socialActs,
            Transactions transactions) {
        this.awarder = new AchievementAwarder(awards, ledger);
        this.ledger = ledger;
        this.socialActs = socialActs;
        this.transactions = transactions;
    }

    @Override
    public void goalReached(UserId user, Instant reachedAt) {
        transactions.inTransaction(() -> {
            awarder.unlock(user, EnumSet.of(Achievement.GOAL_REACHED), reachedAt);
        });
    }

    @Override
    public void challengeCompleted(ChallengeResult result) {
        transactions.inTransaction(() -> {
            if (result.rewardPoints() > 0) {
                // one booking per challenge and winner: a redelivered event books nothing
                result.winners().forEach(winner -> ledger.credit(winner, "challenge:" + result.challengeId(),
                        result.rewardPoints(), result.completedAt()));
            }
            result.participants().forEach(participant -> awarder.unlock(participant,
                    EnumSet.of(Achievement.FIRST_CHALLENGE_COMPLETED), result.completedAt()));
        });
    }

    @Override
    public void postPublished(UserId author, UUID postId, Instant publishedAt) {
        countSocialAct(author, SocialActs.Kind.POST, postId.toString(), publishedAt, Achievement.POSTS_10);
    }

    @Override
    public void tipLiked(UserId author, UUID postId, UserId likedBy, Instant likedAt) {
        if (author.equals(likedBy)) {
            return; // liking one's own tip earns nothing
        }
        countSocialAct(author, SocialActs.Kind.TIP_LIKE, postId + ":" + likedBy.value(), likedAt,
                Achievement.TIP_LIKES_10);
    }

    /** A redelivered act is noted once, so it neither counts twice nor unlocks twice. */
    private void countSocialAct(UserId user, SocialActs.Kind kind, String subject, Instant at, Achievement earns) {
        transactions.inTransaction(() -> {
            if (socialActs.noteAndCount(user, kind, subject, at) >= Achievement.SOCIAL_THRESHOLD) {
                awarder.unlock(user, EnumSet.of(earns), at);
            }
        });
    }
}
