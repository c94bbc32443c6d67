package com.weighttracker.identity.adapter.events;

import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserSessionsRevoked;
import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.shared.application.LiveConnections;

/**
 * A user's sessions were revoked (logout everywhere, a new password, account deletion): their open
 * real-time connections close too, on every instance, instead of living on with a dead token. A
 * derived reaction: if one is lost, the connection still dies when the client reconnects, since its
 * token is refused then.
 */
@Component
class LiveSessionsRevocation {

    private final LiveConnections connections;

    LiveSessionsRevocation(LiveConnections connections) {
        this.connections = connections;
    }

    @DerivedReaction
    void on(UserSessionsRevoked revoked) {
        connections.closeSessionsOf(revoked.userId(), revoked.notBefore());
    }
}
