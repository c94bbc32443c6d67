package com.weighttracker.gamification.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's achievements (their showcase) and points. */
public record ShowcaseView(UUID userId, int points, List<Unlocked> achievements) {

    public record Unlocked(String code, String title, String description, int points, String iconUrl,
            Instant unlockedAt) {
    }
}
