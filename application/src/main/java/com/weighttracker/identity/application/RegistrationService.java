package com.weighttracker.identity.application;

import java.time.Clock;

import com.weighttracker.identity.application.port.in.AccountView;
import com.weighttracker.identity.application.port.in.RegisterAccountCommand;
import com.weighttracker.identity.application.port.in.RegisterAccountUseCase;
import com.weighttracker.identity.application.port.in.SignedIn;
import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.application.port.out.PasswordHasher;
import com.weighttracker.identity.application.port.out.ProfileRepository;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;

public final class RegistrationService implements RegisterAccountUseCase {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final OneTimeTokenRepository oneTimeTokens;
    private final PasswordHasher hasher;
    private final CaptchaVerifier captcha;
    private final AccountMailer mailer;
    private final SessionIssuer sessions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public RegistrationService(AccountRepository accounts, ProfileRepository profiles,
            OneTimeTokenRepository oneTimeTokens, PasswordHasher hasher, CaptchaVerifier captcha, AccountMailer mailer,
            SessionIssuer sessions, Transactions transactions, IdGenerator ids, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.oneTimeTokens = oneTimeTokens;
        this.hasher = hasher;
        this.captcha = captcha;
        this.mailer = mailer;
        this.sessions = sessions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SignedIn register(RegisterAccountCommand command) {
        if (!captcha.isHuman(command.captchaResponse(), command.clientIp())) {
            throw InvalidInput.of("captchaToken", "the CAPTCHA was not solved");
        }
        var passwordHash = hasher.hash(command.password());
        var verification = OpaqueToken.generate();
        var signedIn = transactions.inTransaction(() -> {
            var now = clock.instant();
            var userId = new UserId(ids.next());
            var account = Account.register(userId, command.email(), command.username(), passwordHash,
                    command.timeZone(), now);
            var profile = Profile.createFor(userId, command.timeZone());
            accounts.add(account);
            profiles.add(profile);
            oneTimeTokens.add(OneTimeToken.issue(verification, userId, OneTimeToken.Purpose.EMAIL_VERIFICATION, now));
            return new SignedIn(AccountView.of(account, profile), sessions.start(account, now));
        });
        mailer.sendEmailVerification(command.email(), command.username(), verification);
        return signedIn;
    }
}
