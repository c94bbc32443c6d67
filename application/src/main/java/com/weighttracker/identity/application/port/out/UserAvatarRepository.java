package com.weighttracker.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.shared.UserId;

/** Which blob holds each user's avatar (ADR 10); the image itself is in blob storage. */
public interface UserAvatarRepository {

    /** Where a user's avatar is and when it was set. */
    record StoredAvatar(String blobKey, Instant changedAt) {
    }

    Optional<StoredAvatar> find(UserId userId);

    /**
     * Points the user's avatar to {@code blobKey}, serialised with every other change of the same
     * user's avatar; call inside a transaction.
     *
     * @return the key it pointed to before, if any
     */
    Optional<String> replace(UserId userId, String blobKey, Instant changedAt);

    /** Removes the user's avatar, if any; call inside a transaction. @return the key it pointed to */
    Optional<String> remove(UserId userId);
}
