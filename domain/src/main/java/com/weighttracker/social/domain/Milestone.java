package com.weighttracker.social.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A progress fact a milestone post carries, taken from tracking when it was posted: the share of
 * weight lost since the author's first weigh-in of the last two years (on the trend), whether their
 * goal is reached, and, only for an author whose weights are public, the mass. An author with
 * private weights never has a mass stored here.
 *
 * @param lostKg null unless the author shared their weights when posting
 * @param goalReachedAt when the author's goal was reached, null if it was not when posting (no mass: shown
 *        to every reader)
 */
public record Milestone(BigDecimal percentLost, BigDecimal lostKg, Instant goalReachedAt) implements ValueObject {

    public Milestone {
        Objects.requireNonNull(percentLost, "percentLost");
    }

    /** The same fact without its mass, for readers who may not see the author's weights. */
    public Milestone withoutMass() {
        return new Milestone(percentLost, null, goalReachedAt);
    }
}
