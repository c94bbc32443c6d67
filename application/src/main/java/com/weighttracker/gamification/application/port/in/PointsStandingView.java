package com.weighttracker.gamification.application.port.in;

import java.util.UUID;

/** One line of a points leaderboard; names are null for a user whose profile the viewer may not see. */
public record PointsStandingView(int rank, UUID userId, String username, String displayName, int points) {
}
