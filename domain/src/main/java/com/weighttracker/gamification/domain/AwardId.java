package com.weighttracker.gamification.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.shared.UserId;

/** One achievement of one user: there is at most one such award. */
public record AwardId(UserId userId, Achievement achievement) implements Identifier {

    public AwardId {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(achievement, "achievement");
    }
}
