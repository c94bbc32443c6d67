package com.weighttracker.teams.adapter.events.leaderboard;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.teams.MemberJoinedTeam;
import com.weighttracker.teams.MemberLeftTeam;
import com.weighttracker.teams.MemberRoleChanged;
import com.weighttracker.teams.TeamDeleted;
import com.weighttracker.teams.application.port.in.leaderboard.RefreshLeaderboardsUseCase;
import com.weighttracker.tracking.WeightEntriesImported;
import com.weighttracker.tracking.WeightEntryCorrected;
import com.weighttracker.tracking.WeightEntryDeleted;
import com.weighttracker.tracking.WeightRecorded;

/**
 * Evicts the boards an event makes stale (ADR 0014). Weigh-ins are frequent, so their events are
 * handled inside the transaction that records them: one query for the user's teams, the
 * {@code LeaderboardChanged} events go out with the weigh-in, and the boards are evicted once it
 * committed — no outbox round of its own per weigh-in (docs/performance.md). Rarer changes
 * (profiles, membership) come through the outbox after their transaction committed.
 */
@Component
class LeaderboardInvalidation {

    private final RefreshLeaderboardsUseCase refresh;

    LeaderboardInvalidation(RefreshLeaderboardsUseCase refresh) {
        this.refresh = refresh;
    }

    @EventListener
    void on(WeightRecorded event) {
        refresh.userChanged(event.userId());
    }

    @EventListener
    void on(WeightEntryCorrected event) {
        refresh.userChanged(event.userId());
    }

    @EventListener
    void on(WeightEntryDeleted event) {
        refresh.userChanged(event.userId());
    }

    @EventListener
    void on(WeightEntriesImported event) {
        refresh.userChanged(event.userId());
    }

    /** Names and weight visibility are on the boards. */
    @ApplicationModuleListener
    void on(UserProfileChanged event) {
        refresh.userChanged(event.userId());
    }

    /** A user pending deletion disappears from boards; a reactivated one comes back. */
    @ApplicationModuleListener
    void on(UserDeletionRequested event) {
        refresh.userChanged(event.userId());
    }

    @ApplicationModuleListener
    void on(UserReactivated event) {
        refresh.userChanged(event.userId());
    }

    @ApplicationModuleListener
    void on(MemberJoinedTeam event) {
        refresh.teamChanged(event.teamId());
    }

    @ApplicationModuleListener
    void on(MemberLeftTeam event) {
        refresh.teamChanged(event.teamId());
    }

    @ApplicationModuleListener
    void on(MemberRoleChanged event) {
        refresh.teamChanged(event.teamId());
    }

    @ApplicationModuleListener
    void on(TeamDeleted event) {
        refresh.teamDeleted(event.teamId());
    }
}
