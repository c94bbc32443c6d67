package com.weighttracker.teams.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

import com.weighttracker.shared.UserId;

/** A user's membership of a team: one per team and user. */
public record MembershipId(TeamId teamId, UserId userId) implements Identifier {

    public MembershipId {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(userId, "userId");
    }
}
