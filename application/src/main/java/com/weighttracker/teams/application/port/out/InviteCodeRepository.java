package com.weighttracker.teams.application.port.out;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.teams.domain.InviteCode;
import com.weighttracker.teams.domain.InviteCodeId;
import com.weighttracker.teams.domain.TeamId;

public interface InviteCodeRepository {

    void add(InviteCode code);

    /** Inside a transaction: the code, locked until the transaction ends, so its uses cannot race. */
    Optional<InviteCode> lock(InviteCodeId code);

    /** Stores uses and revocation. */
    void update(InviteCode code);

    /** The team's codes, newest first. */
    Page<InviteCode> list(TeamId team, PageRequest page);

    /** How many of the team's codes are neither revoked, expired nor used up at {@code now}. */
    int countActive(TeamId team, Instant now);
}
