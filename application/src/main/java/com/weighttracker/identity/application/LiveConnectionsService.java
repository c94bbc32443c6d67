package com.weighttracker.identity.application;

import java.time.Instant;

import com.weighttracker.identity.application.port.in.EndLiveConnectionsUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.LiveConnections;

/** Ends the live connections of a user whose sessions were revoked, after the revocation committed. */
public final class LiveConnectionsService implements EndLiveConnectionsUseCase {

    private final LiveConnections connections;

    public LiveConnectionsService(LiveConnections connections) {
        this.connections = connections;
    }

    @Override
    public void endLiveConnections(UserId user, Instant revokedAt) {
        connections.closeSessionsOf(user, revokedAt);
    }
}
