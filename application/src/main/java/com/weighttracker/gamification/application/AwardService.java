package com.weighttracker.gamification.application;

import java.time.Instant;
import java.util.EnumSet;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.application.port.in.AwardAchievementsUseCase;
import com.weighttracker.gamification.application.port.in.ChallengeResult;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

/** Achievements and points from rare events, delivered at least once through the outbox (ADR 16). */
public final class AwardService implements AwardAchievementsUseCase {

    private final AchievementAwarder awarder;
    private final PointsLedger ledger;
    private final Transactions transactions;

    public AwardService(AwardRepository awards, PointsLedger ledger, Transactions transactions) {
        this.awarder = new AchievementAwarder(awards, ledger);
        this.ledger = ledger;
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
}
