package com.weighttracker.teams.application.leaderboard;

import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.Transactions;
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
    private final Transactions transactions;

    public LeaderboardRefresher(TeamRoster rosters, LeaderboardCache cache, DomainEvents events,
            Transactions transactions) {
        this.rosters = rosters;
        this.cache = cache;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void userChanged(UserId userId) {
        Objects.requireNonNull(userId, "userId");
        rosters.teamsOf(userId).forEach(this::teamChanged);
    }

    @Override
    public void teamChanged(UUID teamId) {
        Objects.requireNonNull(teamId, "teamId");
        cache.evict(teamId);
        transactions.inTransaction(() -> events.publish(new LeaderboardChanged(teamId)));
    }

    @Override
    public void teamDeleted(UUID teamId) {
        cache.evict(Objects.requireNonNull(teamId, "teamId"));
    }
}
