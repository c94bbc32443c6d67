package com.weighttracker.teams.application.port.in;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/**
 * Users who asked to delete their account vanish from member lists at once, and come back if they
 * log in within identity's grace period; their memberships stay until they are purged.
 * Idempotent, and a late duplicate of an older fact does not undo a newer one.
 */
public interface DepartingMembersUseCase {

    void departing(UserId userId, Instant since);

    void stayed(UserId userId, Instant at);
}
