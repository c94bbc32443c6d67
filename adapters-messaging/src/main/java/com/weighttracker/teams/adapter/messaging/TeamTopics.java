package com.weighttracker.teams.adapter.messaging;

import java.util.Optional;
import java.util.UUID;

/** A team's topics: {@code /topic/teams/<id>} and {@code /topic/teams/<id>/leaderboard}. */
final class TeamTopics {

    static final String PREFIX = "/topic/teams/";
    static final String LEADERBOARD = "/leaderboard";

    private TeamTopics() {
    }

    static String of(UUID team) {
        return PREFIX + team;
    }

    /** The team of one of its topics; empty for anything else. */
    static Optional<UUID> teamOf(String destination) {
        var rest = destination.substring(PREFIX.length());
        if (rest.length() != 36 && !(rest.length() == 36 + LEADERBOARD.length() && rest.endsWith(LEADERBOARD))) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(rest.substring(0, 36)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
