package com.weighttracker.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.shared.UserId;

/**
 * Each user's "not before": access tokens issued before it are refused. Shared by every instance
 * when Redis is configured, else kept in this process. Reading it is on the path of every
 * authenticated request, so it must not cost a network round trip; a revocation may take a few
 * seconds to reach other instances (ADR 4). Entries older than one access-token lifetime may be
 * forgotten: every token they could refuse has expired.
 */
public interface SessionRevocations {

    /** Refuse the user's access tokens issued before {@code notBefore} (a later call only moves it forward). */
    void revokeIssuedBefore(UserId userId, Instant notBefore);

    Optional<Instant> notBefore(UserId userId);
}
