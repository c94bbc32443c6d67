package com.weighttracker.teams.application.port.in.leaderboard;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Live leaderboards: a team's members subscribed to {@code /topic/teams/<id>/leaderboard} hear that
 * its board changed (and refetch it, which applies each viewer's privacy); a member who leaves
 * stops hearing it.
 */
public interface AnnounceLeaderboardUseCase {

    void boardChanged(UUID teamId);

    void memberLeft(UUID teamId, UserId member);
}
