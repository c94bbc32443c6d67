package com.weighttracker.identity.application;

import java.time.Clock;

import com.weighttracker.identity.application.port.in.ChangePasswordUseCase;
import com.weighttracker.identity.application.port.in.ResetPasswordUseCase;
import com.weighttracker.identity.application.port.in.SessionTokens;
import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.application.port.out.PasswordHasher;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.PasswordPolicy;
import com.weighttracker.identity.domain.PasswordReusePolicy;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.shared.application.Transactions;

public final class PasswordService implements ResetPasswordUseCase, ChangePasswordUseCase {

    private static final OneTimeToken.Purpose PURPOSE = OneTimeToken.Purpose.PASSWORD_RESET;

    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final SessionRevoker revoker;
    private final PasswordHasher hasher;
    private final CaptchaVerifier captcha;
    private final AccountMailer mailer;
    private final SessionIssuer sessions;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordService(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
            SessionRevoker revoker, PasswordHasher hasher, CaptchaVerifier captcha, AccountMailer mailer,
            SessionIssuer sessions, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.revoker = revoker;
        this.hasher = hasher;
        this.captcha = captcha;
        this.mailer = mailer;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void requestReset(String email, String captchaResponse, String clientIp) {
        var address = EmailAddress.of(email);
        if (!captcha.isHuman(captchaResponse, clientIp)) {
            throw InvalidInput.of("captchaToken", "the CAPTCHA was not solved");
        }
        var secret = OpaqueToken.generate();
        var account = transactions.inTransaction(() -> accounts.findByEmail(address)
                .filter(found -> !found.isPendingDeletion())
                .map(found -> {
                    var now = clock.instant();
                    oneTimeTokens.invalidateOutstanding(found.getId(), PURPOSE, now);
                    oneTimeTokens.add(OneTimeToken.issue(secret, found.getId(), PURPOSE, now));
                    return found;
                }));
        account.ifPresent(found -> mailer.sendPasswordReset(found.email(), found.username(), secret));
    }

    @Override
    public void reset(String token, String newPassword) {
        var violations = new Violations();
        var digest = violations.check("token", () -> OneTimeTokens.digestOrReject(token));
        violations.check("password", () -> PasswordPolicy.check("password", newPassword));
        violations.throwIfAny();
        var newHash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            var now = clock.instant();
            var redeemed = OneTimeTokens.redeem(oneTimeTokens, digest, PURPOSE, now);
            var account = accounts.findById(redeemed.userId()).orElseThrow(OneTimeTokens::invalid);
            PasswordReusePolicy.check(account, "password", old -> hasher.matches(newPassword, old));
            account.changePassword(newHash);
            accounts.update(account);
            revoker.revokeAllSessions(account.getId(), now);
        });
    }

    @Override
    public SessionTokens change(UserId userId, String currentPassword, String newPassword) {
        var violations = new Violations();
        violations.check("currentPassword", () -> Rules.required("currentPassword", currentPassword));
        violations.check("newPassword", () -> PasswordPolicy.check("newPassword", newPassword));
        violations.throwIfAny();
        Account account = accounts.findById(userId).orElseThrow(() -> new Unknown("account not found"));
        if (!hasher.matches(currentPassword, account.password())) {
            throw InvalidInput.of("currentPassword", "currentPassword is wrong");
        }
        PasswordReusePolicy.check(account, "newPassword", old -> hasher.matches(newPassword, old));
        var newHash = hasher.hash(newPassword);
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            account.changePassword(newHash);
            accounts.update(account);
            revoker.revokeAllSessions(userId, now);
            return sessions.start(account, now);
        });
    }
}
