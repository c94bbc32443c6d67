package com.weighttracker.identity.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.shared.UserId;

public interface AccountRepository {

    Optional<Account> findById(UserId id);

    Optional<Account> findByEmail(EmailAddress email);

    /** Adds a new account; a taken e-mail or username is a {@code InConflict} naming the field. */
    void add(Account account);

    /** Stores changes; a concurrent change since the account was read is a {@code InConflict}. */
    void update(Account account);

    /** Accounts whose deletion was requested at or before {@code requestedBefore}, oldest first. */
    List<UserId> findDeletionRequestedBefore(Instant requestedBefore, int limit);

    /** Removes the account and, by cascade, everything identity keeps about the user. */
    void delete(UserId id);
}
