package com.weighttracker.teams.application.leaderboard;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.teams.LeaderboardChanged;
import com.weighttracker.teams.application.port.in.leaderboard.RefreshLeaderboardsUseCase;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.teams.application.port.out.leaderboard.TeamRoster;

/**
 * Keeps cached boards honest: whatever changes a board evicts it, and {@link LeaderboardChanged}
 * (no figures: what each viewer may see depends on privacy) lets real-time clients refetch.
 */
public final class LeaderboardRefresher implements RefreshLeaderboardsUseCase {

    private final TeamRoster rosters;
    private final LeaderboardCache cache;
    private final DomainEvents events;

    public LeaderboardRefresher(TeamRoster rosters, LeaderboardCache cache, DomainEvents events) {
        this.rosters = rosters;
        this.cache = cache;
        this.events = events;
    }

    @Override
    public void userChanged(UserId userId) {
        Objects.requireNonNull(userId, "userId");
        changed(rosters.teamsOf(userId));
    }

    @Override
    public void teamChanged(UUID teamId) {
        changed(List.of(Objects.requireNonNull(teamId, "teamId")));
    }

    /** Called after the change committed (a derived reaction, ADR 16): evict first, then announce. */
    private void changed(List<UUID> teams) {
        if (teams.isEmpty()) {
            return;
        }
        teams.forEach(cache::evict);
        // a frequent event: no transaction needed (only derived reactions receive it, ADR 16)
        teams.forEach(team -> events.publish(new LeaderboardChanged(team)));
    }

    @Override
    public void teamDeleted(UUID teamId) {
        cache.evict(Objects.requireNonNull(teamId, "teamId"));
    }
}
