package com.weighttracker.teams.adapter.events.leaderboard;

import org.springframework.stereotype.Component;

import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.teams.LeaderboardChanged;
import com.weighttracker.teams.MemberLeftTeam;
import com.weighttracker.teams.application.port.in.leaderboard.AnnounceLeaderboardUseCase;

/** Live leaderboard notices (derived reactions, ADR 16: a lost one is repaired by the next change or a refetch). */
@Component
class LeaderboardAnnouncement {

    private final AnnounceLeaderboardUseCase announce;

    LeaderboardAnnouncement(AnnounceLeaderboardUseCase announce) {
        this.announce = announce;
    }

    @DerivedReaction
    void on(LeaderboardChanged event) {
        announce.boardChanged(event.teamId());
    }

    @DerivedReaction
    void on(MemberLeftTeam event) {
        announce.memberLeft(event.teamId(), event.userId());
    }
}
