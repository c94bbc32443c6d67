package com.weighttracker.notifications.application;

import java.time.Clock;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.notifications.application.port.in.ManagePreferencesUseCase;
import com.weighttracker.notifications.application.port.in.PreferencesView;
import com.weighttracker.notifications.application.port.in.UnsubscribeUseCase;
import com.weighttracker.notifications.application.port.out.PreferencesRepository;
import com.weighttracker.notifications.application.port.out.UnsubscribeLinks;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.notifications.domain.NotificationRejections.AccountNotFound;
import com.weighttracker.notifications.domain.NotificationRejections.UnsubscribeLinkNotValid;
import com.weighttracker.notifications.domain.PreferencesChange;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;

/** A user's notification choices, and the one-click unsubscribe that changes one of them without a login. */
public final class PreferencesService implements ManagePreferencesUseCase, UnsubscribeUseCase {

    private final PreferencesRepository preferences;
    private final UnsubscribeLinks links;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public PreferencesService(PreferencesRepository preferences, UnsubscribeLinks links, UserDirectory users,
            Transactions transactions, Clock clock) {
        this.preferences = preferences;
        this.links = links;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PreferencesView get(UserId user) {
        var facts = factsOf(user);
        return PreferencesView.of(preferencesOf(user), facts.timeZone());
    }

    @Override
    public PreferencesView change(UserId user, PreferencesChange change) {
        var facts = factsOf(user);
        return transactions.inTransaction(() -> {
            var chosen = preferencesOf(user);
            chosen.change(change, facts.timeZone(), clock.instant());
            preferences.save(chosen);
            return PreferencesView.of(chosen, facts.timeZone());
        });
    }

    @Override
    public Category unsubscribe(String token) {
        var unsubscription = links.verify(token).orElseThrow(UnsubscribeLinkNotValid::new);
        var user = unsubscription.user();
        var facts = users.find(user);
        if (facts.isEmpty()) {
            return unsubscription.category(); // a deleted account gets no mail anyway: nothing to keep
        }
        transactions.inTransaction(() -> {
            var chosen = preferencesOf(user);
            chosen.unsubscribeByEmail(unsubscription.category());
            chosen.plan(facts.get().timeZone(), clock.instant());
            preferences.save(chosen);
        });
        return unsubscription.category();
    }

    @Override
    public Category categoryOf(String token) {
        return links.verify(token).orElseThrow(UnsubscribeLinkNotValid::new).category();
    }

    private NotificationPreferences preferencesOf(UserId user) {
        return preferences.find(user).orElseGet(() -> NotificationPreferences.defaults(user));
    }

    private UserFacts factsOf(UserId user) {
        return users.find(user).orElseThrow(AccountNotFound::new);
    }
}
