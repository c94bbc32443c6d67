package com.weighttracker.teams.application.port.in.leaderboard;

/** A team's leaderboard (FR-3.4): members see it; so does anyone signed in for a public team. */
public interface ViewLeaderboardUseCase {

    /**
     * @throws com.weighttracker.teams.domain.TeamRejections.TeamNotFound when the team does not exist, or is private
     *         and the viewer is not a member
     */
    LeaderboardView leaderboard(LeaderboardRequest request);
}
