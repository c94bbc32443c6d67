package com.weighttracker.teams.adapter.messaging;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.LiveConnections;
import com.weighttracker.shared.application.LiveUpdates;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardNotices;

/** {@code {"type":"leaderboard.changed","teamId":…}} on {@code /topic/teams/<id>/leaderboard}. */
@Component
class LiveLeaderboardNotices implements LeaderboardNotices {

    record Changed(String type, UUID teamId) {
    }

    private final LiveUpdates live;
    private final LiveConnections connections;

    LiveLeaderboardNotices(LiveUpdates live, LiveConnections connections) {
        this.live = live;
        this.connections = connections;
    }

    @Override
    public void changed(UUID teamId) {
        live.toTopic(TeamTopics.of(teamId) + TeamTopics.LEADERBOARD, new Changed("leaderboard.changed", teamId));
    }

    @Override
    public void stopFor(UUID teamId, UserId user) {
        connections.endSubscriptions(user, TeamTopics.of(teamId));
    }
}
