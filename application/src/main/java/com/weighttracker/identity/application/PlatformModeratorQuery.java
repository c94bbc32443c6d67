package com.weighttracker.identity.application;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.weighttracker.identity.PlatformModerators;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.shared.UserId;

/**
 * The platform moderator role from configuration: an account whose e-mail address or username (any
 * case) is listed holds it. Nothing in the API grants it; changing the list and restarting does.
 */
public final class PlatformModeratorQuery implements PlatformModerators {

    private final AccountRepository accounts;
    private final Set<String> granted;

    public PlatformModeratorQuery(AccountRepository accounts, Collection<String> emailsOrUsernames) {
        this.accounts = accounts;
        this.granted = emailsOrUsernames.stream().filter(entry -> entry != null && !entry.isBlank())
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isPlatformModerator(UserId userId) {
        if (granted.isEmpty()) {
            return false;
        }
        return accounts.findById(userId)
                .filter(account -> granted.contains(account.email().value().toLowerCase(Locale.ROOT))
                        || granted.contains(account.username().value().toLowerCase(Locale.ROOT)))
                .isPresent();
    }
}
