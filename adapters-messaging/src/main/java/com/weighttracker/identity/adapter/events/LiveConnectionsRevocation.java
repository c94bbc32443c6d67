package com.weighttracker.identity.adapter.events;

import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserSessionsRevoked;
import com.weighttracker.identity.application.port.in.EndLiveConnectionsUseCase;
import com.weighttracker.platform.adapter.events.DerivedReaction;

/**
 * A user's sessions were revoked (logout everywhere, a new password, account deletion): their open
 * real-time connections close too, on every instance, instead of living on with a dead token. A
 * derived reaction: if one is lost, the connection still dies when its client reconnects, since
 * the token is refused then.
 */
@Component
class LiveConnectionsRevocation {

    private final EndLiveConnectionsUseCase connections;

    LiveConnectionsRevocation(EndLiveConnectionsUseCase connections) {
        this.connections = connections;
    }

    @DerivedReaction
    void on(UserSessionsRevoked revoked) {
        connections.endLiveConnections(revoked.userId(), revoked.notBefore());
    }
}
