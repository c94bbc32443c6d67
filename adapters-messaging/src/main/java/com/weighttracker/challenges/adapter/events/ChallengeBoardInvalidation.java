package com.weighttracker.challenges.adapter.events;

import org.springframework.stereotype.Component;

import com.weighttracker.challenges.ChallengeCompleted;
import com.weighttracker.challenges.ChallengeStandingsChanged;
import com.weighttracker.challenges.application.port.in.RefreshChallengeBoardsUseCase;
import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserProfileChanged;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.platform.adapter.events.DerivedReaction;

/**
 * Evicts the cached challenge boards an event makes stale (ADR 25), as team boards' invalidation
 * (ADR 14). Every reaction here is derived (ADR 16): it runs after the change committed and can never
 * fail it; a lost eviction is bounded by the cache's time to live.
 */
@Component
class ChallengeBoardInvalidation {

    private final RefreshChallengeBoardsUseCase refresh;

    ChallengeBoardInvalidation(RefreshChallengeBoardsUseCase refresh) {
        this.refresh = refresh;
    }

    /** Progress from the weigh-in feed, joins, leaves, edits, deletions, forgotten participants. */
    @DerivedReaction
    void on(ChallengeStandingsChanged event) {
        refresh.challengeChanged(event.challengeId());
    }

    /** Completed by the end-of-challenge job: its last look at everybody moved the standings. */
    @DerivedReaction
    void on(ChallengeCompleted event) {
        refresh.challengeChanged(event.challengeId());
    }

    /** Names and weight visibility are on the boards. */
    @DerivedReaction
    void on(UserProfileChanged event) {
        refresh.userChanged(event.userId());
    }

    /** A user pending deletion loses their name on boards; a reactivated one gets it back. */
    @DerivedReaction
    void on(UserDeletionRequested event) {
        refresh.userChanged(event.userId());
    }

    @DerivedReaction
    void on(UserReactivated event) {
        refresh.userChanged(event.userId());
    }
}
