package com.weighttracker.teams.adapter.events.leaderboard;

import org.springframework.stereotype.Component;

import com.weighttracker.platform.adapter.events.DerivedReaction;
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
 * Evicts the boards an event makes stale and announces {@code LeaderboardChanged} (ADR 14). Every
 * reaction here is derived (ADR 16): it runs after the change committed and can never fail it; a
 * lost eviction is bounded by the cache's time to live.
 */
@Component
class LeaderboardInvalidation {

    private final RefreshLeaderboardsUseCase refresh;

    LeaderboardInvalidation(RefreshLeaderboardsUseCase refresh) {
        this.refresh = refresh;
    }

    @DerivedReaction
    void on(WeightRecorded event) {
        refresh.userChanged(event.userId());
    }

    @DerivedReaction
    void on(WeightEntryCorrected event) {
        refresh.userChanged(event.userId());
    }

    @DerivedReaction
    void on(WeightEntryDeleted event) {
        refresh.userChanged(event.userId());
    }

    @DerivedReaction
    void on(WeightEntriesImported event) {
        refresh.userChanged(event.userId());
    }

    /** Names and weight visibility are on the boards. */
    @DerivedReaction
    void on(UserProfileChanged event) {
        refresh.userChanged(event.userId());
    }

    /** A user pending deletion disappears from boards; a reactivated one comes back. */
    @DerivedReaction
    void on(UserDeletionRequested event) {
        refresh.userChanged(event.userId());
    }

    @DerivedReaction
    void on(UserReactivated event) {
        refresh.userChanged(event.userId());
    }

    @DerivedReaction
    void on(MemberJoinedTeam event) {
        refresh.teamChanged(event.teamId());
    }

    @DerivedReaction
    void on(MemberLeftTeam event) {
        refresh.teamChanged(event.teamId());
    }

    @DerivedReaction
    void on(MemberRoleChanged event) {
        refresh.teamChanged(event.teamId());
    }

    @DerivedReaction
    void on(TeamDeleted event) {
        refresh.teamDeleted(event.teamId());
    }
}
