package com.weighttracker.identity.application.port.in;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/** A user's sessions were revoked: their live (real-time) connections opened before then close too, on every instance. */
public interface EndLiveConnectionsUseCase {

    void endLiveConnections(UserId user, Instant revokedAt);
}
