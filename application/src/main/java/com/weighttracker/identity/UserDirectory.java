package com.weighttracker.identity;

import java.util.Optional;

import com.weighttracker.shared.UserId;

/**
 * Identity's published query: what other contexts may know about a user. Users pending deletion
 * are not found.
 */
public interface UserDirectory {

    Optional<UserFacts> find(UserId userId);
}
