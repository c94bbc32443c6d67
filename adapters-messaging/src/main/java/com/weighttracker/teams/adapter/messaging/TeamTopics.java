package com.weighttracker.teams.adapter.messaging;

import java.util.Optional;
import java.util.UUID;

/**
 * A team's topics: {@code /topic/teams/<id>}, {@code /topic/teams/<id>/leaderboard} and
 * {@code /topic/teams/<id>/posts} (social pushes new team posts there; members only, like the rest).
 */
final class TeamTopics {

    static final String PREFIX = "/topic/teams/";
    static final String LEADERBOARD = "/leaderboard";
    static final String POSTS = "/posts";

    private TeamTopics() {
    }

    static String of(UUID team) {
        return PREFIX + team;
    }

    /** The team of one of its topics; empty for anything else. */
    static Optional<UUID> teamOf(String destination) {
        var rest = destination.substring(PREFIX.length());
        if (rest.length() != 36 && !isBelowTeam(rest, LEADERBOARD) && !isBelowTeam(rest, POSTS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(rest.substring(0, 36)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static boolean isBelowTeam(String rest, String suffix) {
        return rest.length() == 36 + suffix.length() && rest.endsWith(suffix);
    }
}
