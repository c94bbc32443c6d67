package com.weighttracker.identity.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.weighttracker.shared.UserId;

/** Small builders for accounts in a known state. */
final class AccountFixtures {

    static final UserId USER_ID = UserId.of("5f0c6a7e-2b1d-4c7e-9a53-1d2e3f4a5b6c");
    static final Instant REGISTERED_AT = Instant.parse("2026-01-01T10:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private AccountFixtures() {
    }

    static PasswordHash hash(String name) {
        return new PasswordHash("$2a$10$" + name);
    }

    /** A freshly registered account whose registration event has been drained already. */
    static Account registeredAccount() {
        var account = Account.register(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                hash("first"), BERLIN, REGISTERED_AT);
        account.drainEvents();
        return account;
    }

    static Account accountWithPasswords(PasswordHash... newestFirst) {
        return Account.restore(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                List.of(newestFirst), REGISTERED_AT, null, null, 3);
    }
}
