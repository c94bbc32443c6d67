package com.weighttracker.teams.application.port.in.leaderboard;

import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.domain.LeaderboardPeriod;

/**
 * Who asks for which board, ranked how, and which page of it.
 *
 * @param unit the unit masses are shown in; null for the viewer's preferred unit
 */
public record LeaderboardRequest(UUID teamId, UserId viewer, LeaderboardSort sortBy, LeaderboardPeriod period,
        MassUnit unit, PageRequest page) {

    public LeaderboardRequest {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(viewer, "viewer");
        sortBy = sortBy == null ? LeaderboardSort.DEFAULT : sortBy;
        period = period == null ? LeaderboardPeriod.DEFAULT : period;
        page = page == null ? PageRequest.of(null, null) : page;
    }
}
