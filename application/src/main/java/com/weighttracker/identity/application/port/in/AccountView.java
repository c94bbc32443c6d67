package com.weighttracker.identity.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.ActivityLevel;
import com.weighttracker.identity.domain.Gender;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.identity.domain.UnitSystem;

/**
 * Everything a user may see about their own account; {@code hasAvatar} is false from
 * {@link #of(Account, Profile)} (a new account) until {@link #withAvatar} says otherwise.
 */
public record AccountView(UUID id, String email, String username, boolean emailVerified, Instant createdAt,
        String displayName, String bio, UnitSystem units, BigDecimal heightCm, LocalDate dateOfBirth,
        Gender gender, ActivityLevel activityLevel, String timeZone, Visibility profileVisibility,
        Visibility weightVisibility, boolean hasAvatar) {

    public AccountView withAvatar(boolean avatar) {
        return new AccountView(id, email, username, emailVerified, createdAt, displayName, bio, units, heightCm,
                dateOfBirth, gender, activityLevel, timeZone, profileVisibility, weightVisibility, avatar);
    }

    public static AccountView of(Account account, Profile profile) {
        return new AccountView(account.getId().value(), account.email().value(), account.username().value(),
                account.isEmailVerified(), account.createdAt(), profile.displayName(), profile.bio(), profile.units(),
                profile.height() == null ? null : profile.height().centimetres(), profile.dateOfBirth(),
                profile.gender(), profile.activityLevel(), profile.timeZone().getId(), profile.profileVisibility(),
                profile.weightVisibility(), false);
    }

    @Override
    public String toString() {
        return "AccountView[id=" + id + "]";
    }
}
