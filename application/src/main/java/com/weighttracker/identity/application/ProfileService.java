package com.weighttracker.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.weighttracker.identity.MailAddresses;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;

import com.weighttracker.identity.application.port.in.AccountView;
import com.weighttracker.identity.application.port.in.DeleteAccountUseCase;
import com.weighttracker.identity.application.port.in.ManageProfileUseCase;
import com.weighttracker.identity.application.port.in.UserCard;
import com.weighttracker.identity.application.port.in.ViewUserProfileUseCase;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.ProfileRepository;
import com.weighttracker.identity.application.port.in.UserFactsChangedUseCase;
import com.weighttracker.identity.application.port.out.UserFactsCache;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.identity.domain.ProfileChanges;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

public final class ProfileService implements ManageProfileUseCase, ViewUserProfileUseCase, DeleteAccountUseCase,
        UserDirectory, MailAddresses, UserFactsChangedUseCase {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final SessionRevoker revoker;
    private final UserFactsReader facts;
    private final UserFactsCache kept;
    private final Transactions transactions;
    private final Clock clock;

    public ProfileService(AccountRepository accounts, ProfileRepository profiles, SessionRevoker revoker,
            UserFactsReader facts, UserFactsCache kept, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.revoker = revoker;
        this.facts = facts;
        this.kept = kept;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Map<UserId, String> verifiedAddresses(Collection<UserId> userIds) {
        if (userIds.size() > MAX_USERS) {
            throw new IllegalArgumentException("at most " + MAX_USERS + " users per call");
        }
        return userIds.isEmpty() ? Map.of() : facts.verifiedAddresses(userIds);
    }

    @Override
    public AccountView viewOwn(UserId userId) {
        var account = activeAccount(userId);
        return AccountView.of(account, profileOf(userId)).withAvatar(hasAvatar(userId));
    }

    @Override
    public AccountView update(UserId userId, ProfileChanges changes) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var account = activeAccount(userId);
            var profile = profileOf(userId);
            profile.apply(changes, LocalDate.ofInstant(now, profile.timeZone()), now);
            profiles.update(profile);
            return AccountView.of(account, profile).withAvatar(hasAvatar(userId));
        });
    }

    @Override
    public UserCard view(UserId viewer, UserId target) {
        var account = activeAccount(target);
        var profile = profileOf(target);
        if (!profile.isVisibleTo(viewer)) {
            return new UserCard(target.value(), account.username().value(), profile.displayName(),
                    profile.profileVisibility(), null, null, false);
        }
        return new UserCard(target.value(), account.username().value(), profile.displayName(),
                profile.profileVisibility(), profile.bio(), account.createdAt(), hasAvatar(target));
    }

    @Override
    public void requestDeletion(UserId userId) {
        transactions.inTransaction(() -> {
            var now = clock.instant();
            var account = activeAccount(userId);
            account.requestDeletion(now);
            accounts.update(account);
            revoker.revokeAllSessions(userId, now);
        });
    }

    @Override
    public Optional<UserFacts> find(UserId userId) {
        return facts.find(userId);
    }

    @Override
    public Map<UserId, UserFacts> findAll(Collection<UserId> userIds) {
        // feed pages and threads ask for the same authors again and again (ADR 20)
        return kept.findAll(userIds, facts::findAll);
    }

    @Override
    public void factsChanged(UserId user) {
        kept.evict(user);
    }

    private boolean hasAvatar(UserId userId) {
        return facts.find(userId).map(UserFacts::hasAvatar).orElse(false);
    }

    /** Accounts pending deletion have vanished for everyone, their owner's old tokens included. */
    private Account activeAccount(UserId userId) {
        return accounts.findById(userId)
                .filter(account -> !account.isPendingDeletion())
                .orElseThrow(() -> new Unknown("User not found"));
    }

    private Profile profileOf(UserId userId) {
        return profiles.findById(userId).orElseThrow(() -> new Unknown("User not found"));
    }
}
