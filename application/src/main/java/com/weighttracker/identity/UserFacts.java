package com.weighttracker.identity;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/**
 * The profile facts other contexts need: how to show weights, the user's local time zone, their
 * height (for BMI, may be null), who may see their weights, who may see their profile, and whether
 * they have an avatar.
 */
public record UserFacts(UserId userId, String username, String displayName, MassUnit preferredUnit, ZoneId timeZone,
        BigDecimal heightCm, Visibility weightVisibility, Visibility profileVisibility, boolean hasAvatar) {

    /** Whether {@code viewer} may see the user's avatar: there is one, and they may see the profile. */
    public boolean avatarVisibleTo(UserId viewer) {
        return hasAvatar && profileVisibility.admits(userId, viewer);
    }
}
