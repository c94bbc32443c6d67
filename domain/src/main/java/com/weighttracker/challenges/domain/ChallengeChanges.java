package com.weighttracker.challenges.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.shared.Patch;

/** A merge patch of a challenge: absent fields stay. {@code target} is in the type's unit (percent, kg, days). */
public record ChallengeChanges(Patch<String> name, Patch<String> description, Patch<ChallengeType> type,
        Patch<LocalDate> startDate, Patch<LocalDate> endDate, Patch<BigDecimal> target, Patch<Integer> rewardPoints,
        Patch<Boolean> handicap) implements ValueObject {

    /** Whether anything but name and description changes: the rules participants joined under. */
    public boolean changesRules() {
        return type.isPresent() || startDate.isPresent() || endDate.isPresent() || target.isPresent()
                || rewardPoints.isPresent() || handicap.isPresent();
    }
}
