package com.weighttracker.teams.application.leaderboard;

import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.leaderboard.AnnounceLeaderboardUseCase;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardNotices;

/**
 * Announces that a board changed, not the board: a topic is shared by all members, but what each
 * may see of the others depends on their privacy settings and on who looks (ADR 24), so every
 * client refetches {@code GET /v1/teams/<id>/leaderboard} and gets what it may see.
 */
public final class LeaderboardAnnouncer implements AnnounceLeaderboardUseCase {

    private final LeaderboardNotices notices;

    public LeaderboardAnnouncer(LeaderboardNotices notices) {
        this.notices = notices;
    }

    @Override
    public void boardChanged(UUID teamId) {
        notices.changed(teamId);
    }

    @Override
    public void memberLeft(UUID teamId, UserId member) {
        notices.stopFor(teamId, member);
    }
}
