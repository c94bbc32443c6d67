package com.weighttracker.notifications.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserEmailVerified;
import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.UserPurged;
import com.weighttracker.notifications.application.port.in.AccountEventsUseCase;

/** The welcome once an address is confirmed; reminders follow a new time zone; forgetting a purged user. */
@Component
class AccountEventsListener {

    private final AccountEventsUseCase accounts;

    AccountEventsListener(AccountEventsUseCase accounts) {
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(UserEmailVerified verified) {
        accounts.welcome(verified.userId());
    }

    @ApplicationModuleListener
    void on(UserProfileChanged changed) {
        accounts.zoneChanged(changed.userId(), changed.timeZone());
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        accounts.forget(purged.userId());
    }
}
