package com.weighttracker.identity;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/**
 * The profile facts other contexts need: how to show weights, the user's local time zone, their
 * height (for BMI, may be null) and who may see their weights.
 */
public record UserFacts(UserId userId, String username, String displayName, MassUnit preferredUnit, ZoneId timeZone,
        BigDecimal heightCm, Visibility weightVisibility) {
}
