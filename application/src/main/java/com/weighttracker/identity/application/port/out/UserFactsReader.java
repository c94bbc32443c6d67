package com.weighttracker.identity.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;

/**
 * Reads {@link UserFacts} straight from storage, one statement per call, without loading the
 * aggregates. Users pending deletion and users without a profile are not found.
 */
public interface UserFactsReader {

    Optional<UserFacts> find(UserId userId);

    /** Callers bound the number of ids (a few hundred). */
    Map<UserId, UserFacts> findAll(Collection<UserId> userIds);

    /** Verified e-mail addresses of accounts not pending deletion; callers bound the number of ids. */
    Map<UserId, String> verifiedAddresses(Collection<UserId> userIds);
}
