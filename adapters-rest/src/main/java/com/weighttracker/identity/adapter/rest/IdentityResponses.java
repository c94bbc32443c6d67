package com.weighttracker.identity.adapter.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.domain.ActivityLevel;
import com.weighttracker.identity.domain.Gender;
import com.weighttracker.identity.domain.UnitSystem;
import com.weighttracker.platform.adapter.rest.ImageExchange;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of /v1/auth and /v1/users (the {@code data} of the envelope). */
final class IdentityResponses {

    private IdentityResponses() {
    }

    /** The signed-in user's own account. */
    record User(UUID id, String email, String username, boolean emailVerified, String displayName, String bio,
            UnitSystem units, BigDecimal heightCm, LocalDate dateOfBirth, Gender gender, ActivityLevel activityLevel,
            String timeZone, Visibility profileVisibility, Visibility weightVisibility, Instant createdAt,
            @Schema(nullable = true,
                    description = "where your avatar is (relative to the API's origin), null without one",
                    example = "/v1/users/0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01/avatar") String avatarUrl) {
    }

    /** Another user, as far as their privacy settings allow. */
    record PublicUser(UUID id, String username, String displayName, Visibility profileVisibility, String bio,
            Instant memberSince,
            @Schema(nullable = true, description = "where their avatar is, null without one or when their profile "
                    + "is private") String avatarUrl) {
    }

    /** A user's avatar as stored (decoded and re-encoded, without metadata). */
    record Avatar(UUID userId, @Schema(example = "image/jpeg") String contentType,
            @Schema(description = "bytes as stored") long size, @Schema(description = "pixels") int width,
            @Schema(description = "pixels") int height, Instant changedAt,
            @Schema(example = "/v1/users/0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01/avatar") String url) {
    }

    /** Where a user's avatar is when there is one the caller may see, else null. */
    static String avatarUrl(UUID userId, boolean hasAvatar) {
        return hasAvatar ? ImageExchange.userAvatarUrl(userId) : null;
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
