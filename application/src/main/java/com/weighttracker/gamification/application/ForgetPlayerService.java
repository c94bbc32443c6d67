package com.weighttracker.gamification.application;

import com.weighttracker.gamification.application.port.in.ForgetPlayerUseCase;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.gamification.application.port.out.SocialActs;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

/** Forgets a purged user's awards, ledger, total and counted social acts in one transaction. */
public final class ForgetPlayerService implements ForgetPlayerUseCase {

    private final AwardRepository awards;
    private final PointsLedger ledger;
    private final SocialActs socialActs;
    private final Transactions transactions;

    public ForgetPlayerService(AwardRepository awards, PointsLedger ledger, SocialActs socialActs,
            Transactions transactions) {
        this.awards = awards;
        this.ledger = ledger;
        this.socialActs = socialActs;
        this.transactions = transactions;
    }

    @Override
    public void forget(UserId user) {
        transactions.inTransaction(() -> {
            awards.removeAll(user);
            ledger.removeAll(user);
            socialActs.removeAll(user);
        });
    }
}
