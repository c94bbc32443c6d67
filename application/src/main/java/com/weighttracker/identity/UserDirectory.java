package com.weighttracker.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.weighttracker.shared.UserId;

/**
 * Identity's published query: what other contexts may know about a user. Users pending deletion
 * are not found.
 */
public interface UserDirectory {

    Optional<UserFacts> find(UserId userId);

    /** The facts of every known user among {@code userIds}; identity answers in one query whatever their number. */
    default Map<UserId, UserFacts> findAll(Collection<UserId> userIds) {
        return userIds.stream().map(this::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(UserFacts::userId, facts -> facts, (first, same) -> first));
    }
}
