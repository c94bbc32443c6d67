package com.weighttracker.challenges.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

import com.weighttracker.shared.UserId;

/** A user's place in a challenge: one per challenge and user. */
public record ParticipantId(ChallengeId challengeId, UserId userId) implements Identifier {

    public ParticipantId {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(userId, "userId");
    }
}
