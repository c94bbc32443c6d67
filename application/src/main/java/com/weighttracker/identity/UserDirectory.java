package com.weighttracker.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.weighttracker.shared.UserId;

/**
 * Identity's published query: what other contexts may know about a user. Users pending deletion
 * are not found.
 */
public interface UserDirectory {

    Optional<UserFacts> find(UserId userId);

    /** The facts of every known user among {@code userIds}, in two queries whatever their number. */
    Map<UserId, UserFacts> findAll(Collection<UserId> userIds);
}
