package com.weighttracker.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.shared.UserId;

public interface OneTimeTokenRepository {

    void add(OneTimeToken token);

    Optional<OneTimeToken> findByDigest(String digest);

    /** Marks the token used; false if it was used meanwhile. */
    boolean markUsed(String digest, Instant now);

    /** Kills the user's unused tokens of that purpose, so only the newest e-mail works. */
    void invalidateOutstanding(UserId userId, OneTimeToken.Purpose purpose, Instant now);
}
