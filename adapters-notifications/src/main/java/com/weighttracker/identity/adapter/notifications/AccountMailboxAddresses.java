package com.weighttracker.identity.adapter.notifications;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.platform.adapter.mail.MailboxAddresses;
import com.weighttracker.shared.UserId;

/** Tells the dev mailbox a signed-in user's address, so it shows them their own mail only. */
@Component
class AccountMailboxAddresses implements MailboxAddresses {

    private final AccountRepository accounts;

    AccountMailboxAddresses(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> addressOf(String userId) {
        try {
            return accounts.findById(UserId.of(userId)).map(account -> account.email().value());
        } catch (IllegalArgumentException notAUserId) {
            return Optional.empty();
        }
    }
}
