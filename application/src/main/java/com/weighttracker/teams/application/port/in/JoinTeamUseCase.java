package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Joining and leaving (FR-3.2, FR-3.3): within the member limit, even when joins race for the last seat. */
public interface JoinTeamUseCase {

    /** Joins a public team; a private one is joined with an invite code or an approved request. */
    TeamView join(UserId user, UUID teamId);

    /** Joins the team of an invite code; an unknown, expired, revoked or used-up code is 404. */
    TeamView joinWithCode(UserId user, String code);

    /** Leaves the team; the owner transfers ownership first. */
    void leave(UserId user, UUID teamId);
}
