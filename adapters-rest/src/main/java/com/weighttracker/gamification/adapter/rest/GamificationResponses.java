package com.weighttracker.gamification.adapter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of achievements and points, made by {@link GamificationRestMapper}. */
final class GamificationResponses {

    private GamificationResponses() {
    }

    /** One badge of the catalogue; {@code iconUrl} is an SVG served by the API (no sign-in needed). */
    record Badge(String code, String title, String description, int points, String iconUrl) {
    }

    record Showcase(UUID userId, int points, List<UnlockedAchievement> achievements) {
    }

    record UnlockedAchievement(String code, String title, String description, int points, String iconUrl,
            Instant unlockedAt) {
    }

    record PointsStanding(int rank, UUID userId,
            @Schema(nullable = true, description = "null when their profile is private") String username,
            @Schema(nullable = true) String displayName, int points) {
    }
}
