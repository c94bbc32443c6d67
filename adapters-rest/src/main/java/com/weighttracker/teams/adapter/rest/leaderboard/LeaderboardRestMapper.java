package com.weighttracker.teams.adapter.rest.leaderboard;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardSort;
import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardView;
import com.weighttracker.teams.application.port.in.leaderboard.TeamAnalyticsView;

/** Leaderboards and team analytics as the REST adapter's responses (ADR 18). Generated as a Spring bean. */
@Mapper
interface LeaderboardRestMapper {

    /** The board of one page; its pagination block comes from the same page ({@code view.entries()}). */
    @Mapping(target = "entries", source = "entries.items")
    LeaderboardResponses.Leaderboard toLeaderboard(LeaderboardView view);

    LeaderboardResponses.TeamAnalytics toTeamAnalytics(TeamAnalyticsView view);

    /** sortBy as the query spells it. */
    default String sortBy(LeaderboardSort sort) {
        return LeaderboardController.nameOf(sort);
    }
}
