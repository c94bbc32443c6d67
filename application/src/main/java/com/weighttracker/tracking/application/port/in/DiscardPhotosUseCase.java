package com.weighttracker.tracking.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Photos go with what they belong to: a deleted weigh-in's photos, a purged user's photos (right to
 * be forgotten), blobs first and then their records, so a retry after a crash finishes the job.
 */
public interface DiscardPhotosUseCase {

    /** Removes every photo of an entry that was deleted. */
    void discardOfEntry(UUID entryId);

    /** Removes every photo of the user. */
    void discardAllOf(UserId userId);
}
