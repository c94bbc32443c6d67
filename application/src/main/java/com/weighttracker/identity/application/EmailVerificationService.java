package com.weighttracker.identity.application;

import java.time.Clock;

import com.weighttracker.identity.EmailVerificationStatus;
import com.weighttracker.identity.application.port.in.VerifyEmailUseCase;
import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

public final class EmailVerificationService implements VerifyEmailUseCase, EmailVerificationStatus {

    private static final OneTimeToken.Purpose PURPOSE = OneTimeToken.Purpose.EMAIL_VERIFICATION;

    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final AccountMailer mailer;
    private final Transactions transactions;
    private final Clock clock;

    public EmailVerificationService(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
            AccountMailer mailer, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void verify(String token) {
        var digest = OneTimeTokens.digestOrReject(token);
        transactions.inTransaction(() -> {
            var now = clock.instant();
            var redeemed = OneTimeTokens.redeem(oneTimeTokens, digest, PURPOSE, now);
            var account = accounts.findById(redeemed.userId()).orElseThrow(OneTimeTokens::invalid);
            account.verifyEmail(now);
            accounts.update(account);
        });
    }

    @Override
    public boolean isVerified(UserId userId) {
        return accounts.findById(userId).filter(account -> !account.isPendingDeletion())
                .map(account -> account.isEmailVerified()).orElse(false);
    }

    @Override
    public void resendVerification(UserId userId) {
        var secret = OpaqueToken.generate();
        var account = transactions.inTransaction(() -> {
            var now = clock.instant();
            var found = accounts.findById(userId).orElseThrow(() -> new Unknown("account not found"));
            if (found.isEmailVerified()) {
                throw new InConflict("email", "The e-mail address is verified already.");
            }
            oneTimeTokens.invalidateOutstanding(userId, PURPOSE, now);
            oneTimeTokens.add(OneTimeToken.issue(secret, userId, PURPOSE, now));
            return found;
        });
        mailer.sendEmailVerification(account.email(), account.username(), secret);
    }
}
