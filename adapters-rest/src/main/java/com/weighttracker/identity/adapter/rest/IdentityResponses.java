package com.weighttracker.identity.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.domain.ActivityLevel;
import com.weighttracker.identity.domain.Gender;
import com.weighttracker.identity.domain.UnitSystem;

/** Response bodies of /v1/auth and /v1/users (the {@code data} of the envelope). */
final class IdentityResponses {

    private IdentityResponses() {
    }

    /** The signed-in user's own account. */
    record User(UUID id, String email, String username, boolean emailVerified, String displayName, String bio,
            UnitSystem units, BigDecimal heightCm, LocalDate dateOfBirth, Gender gender, ActivityLevel activityLevel,
            String timeZone, Visibility profileVisibility, Visibility weightVisibility, Instant createdAt) {
    }

    /** Another user, as far as their privacy settings allow. */
    record PublicUser(UUID id, String username, String displayName, Visibility profileVisibility, String bio,
            Instant memberSince) {
    }

    record Tokens(String tokenType, String accessToken, Instant accessTokenExpiresAt, String refreshToken,
            Instant refreshTokenExpiresAt) {
    }

    record Session(User user, String tokenType, String accessToken, Instant accessTokenExpiresAt,
            String refreshToken, Instant refreshTokenExpiresAt) {
    }

    record Message(String message) {
    }
}
