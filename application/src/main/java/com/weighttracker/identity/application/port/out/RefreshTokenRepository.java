package com.weighttracker.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.identity.domain.RefreshToken;
import com.weighttracker.shared.UserId;

public interface RefreshTokenRepository {

    void add(RefreshToken token);

    Optional<RefreshToken> findByDigest(String digest);

    /** Marks the token used; false if it was used or revoked meanwhile (a racing replay). */
    boolean consume(String digest, Instant now);

    void revokeFamily(UUID familyId, Instant now);

    void revokeAllOf(UserId userId, Instant now);
}
