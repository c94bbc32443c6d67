package com.weighttracker.identity.application;

import java.time.Clock;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.Transactions;

public final class AccountPurgeService implements PurgeDeletedAccountsUseCase {

    private static final int BATCH = 100;

    private final AccountRepository accounts;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;

    public AccountPurgeService(AccountRepository accounts, Transactions transactions, DomainEvents events,
            Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int purgeDue() {
        var purged = 0;
        while (true) {
            var cutoff = clock.instant().minus(Account.DELETION_GRACE_PERIOD);
            var due = accounts.findDeletionRequestedBefore(cutoff, BATCH);
            due.forEach(this::purge);
            purged += due.size();
            if (due.size() < BATCH) {
                return purged;
            }
        }
    }

    /** One transaction per account: a failure leaves the others purged and this one for next time. */
    private void purge(UserId userId) {
        transactions.inTransaction(() -> {
            var now = clock.instant();
            accounts.findById(userId).filter(account -> account.isPurgeDue(now)).ifPresent(account -> {
                accounts.delete(userId);
                events.publish(new UserPurged(userId, now));
            });
        });
    }
}
