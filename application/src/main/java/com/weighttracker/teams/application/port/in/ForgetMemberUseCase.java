package com.weighttracker.teams.application.port.in;

import com.weighttracker.shared.UserId;

/**
 * Right to be forgotten: a purged user leaves every team and their join requests go. A team they
 * owned passes to its longest-standing member of the highest role, or ends when nobody is left.
 */
public interface ForgetMemberUseCase {

    void forget(UserId userId);
}
