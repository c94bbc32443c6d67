package com.weighttracker.identity.application;

import java.time.Clock;
import java.util.Optional;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.application.port.in.AccountView;
import com.weighttracker.identity.application.port.in.LogInCommand;
import com.weighttracker.identity.application.port.in.LogInUseCase;
import com.weighttracker.identity.application.port.in.LogOutUseCase;
import com.weighttracker.identity.application.port.in.RefreshSessionUseCase;
import com.weighttracker.identity.application.port.in.SessionTokens;
import com.weighttracker.identity.application.port.in.SignedIn;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.PasswordHasher;
import com.weighttracker.identity.application.port.out.ProfileRepository;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.identity.application.port.out.RefreshTokenRepository;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.PasswordHash;
import com.weighttracker.identity.domain.RefreshToken;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.NotSignedIn;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

public final class SessionService implements LogInUseCase, RefreshSessionUseCase, LogOutUseCase {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final UserFactsReader facts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;
    private volatile PasswordHash decoy;

    public SessionService(AccountRepository accounts, ProfileRepository profiles, UserFactsReader facts,
            RefreshTokenRepository refreshTokens, PasswordHasher hasher, SessionIssuer sessions, SessionRevoker revoker,
            Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.facts = facts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SignedIn logIn(LogInCommand command) {
        var found = parseEmail(command.email()).flatMap(accounts::findByEmail);
        if (found.isEmpty()) {
            // Spend the same time as a real check, so response times do not reveal who is registered.
            hasher.matches(command.password(), decoy());
            throw wrongCredentials();
        }
        if (!hasher.matches(command.password(), found.get().password())) {
            throw wrongCredentials();
        }
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var account = accounts.findById(found.get().getId()).orElseThrow(SessionService::wrongCredentials);
            if (account.isPendingDeletion()) {
                account.reactivateIfDeletionPending(now);
                accounts.update(account);
            }
            var profile = profiles.findById(account.getId())
                    .orElseThrow(() -> new Unknown("profile not found"));
            var hasAvatar = facts.find(account.getId()).map(UserFacts::hasAvatar).orElse(false);
            return new SignedIn(AccountView.of(account, profile).withAvatar(hasAvatar), sessions.start(account, now));
        });
    }

    @Override
    public SessionTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw InvalidInput.of("refreshToken", "refreshToken is required");
        }
        var digest = OpaqueToken.digestOf(refreshToken);
        // Revoking a family must commit even though the caller is refused, so refuse after the transaction.
        Optional<SessionTokens> renewed = transactions.inTransaction(() -> {
            var now = clock.instant();
            var token = refreshTokens.findByDigest(digest);
            if (token.isEmpty()) {
                return Optional.empty();
            }
            var verdict = token.get().judge(now);
            if (verdict == RefreshToken.Verdict.DEAD) {
                return Optional.empty();
            }
            if (verdict == RefreshToken.Verdict.REUSED || !refreshTokens.consume(digest, now)) {
                refreshTokens.revokeFamily(token.get().familyId(), now);
                return Optional.empty();
            }
            return accounts.findById(token.get().userId())
                    .filter(account -> !account.isPendingDeletion())
                    .map(account -> sessions.continueAfter(token.get(), account, now));
        });
        return renewed.orElseThrow(() -> new NotSignedIn("The refresh token is invalid or expired."));
    }

    @Override
    public void logOut(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw InvalidInput.of("refreshToken", "refreshToken is required");
        }
        transactions.inTransaction(() -> refreshTokens.findByDigest(OpaqueToken.digestOf(refreshToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant())));
    }

    @Override
    public void logOutEverywhere(UserId userId) {
        transactions.inTransaction(() -> revoker.revokeAllSessions(userId, clock.instant()));
    }

    private PasswordHash decoy() {
        if (decoy == null) {
            decoy = hasher.hash("decoy-Password-1");
        }
        return decoy;
    }

    private static Optional<EmailAddress> parseEmail(String email) {
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (InvalidInput malformed) {
            return Optional.empty();
        }
    }

    private static NotSignedIn wrongCredentials() {
        return new NotSignedIn("The e-mail or password is wrong.");
    }
}
