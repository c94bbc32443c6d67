package com.weighttracker.teams.application.port.in;

import com.weighttracker.shared.UserId;

/** A change of a user's memberships has committed: what was kept of their teams is forgotten (ADR 20). */
public interface MemberTeamsChangedUseCase {

    void teamsChanged(UserId user);
}
