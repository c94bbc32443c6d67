package com.weighttracker.tracking.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.tracking.WeightEntryDeleted;
import com.weighttracker.tracking.application.port.in.DiscardPhotosUseCase;

/**
 * Photos go with their weigh-in, and with their purged owner (right to be forgotten). Both run
 * after the deciding transaction committed, from the outbox: a failure (storage away, a crash) is
 * retried when the application restarts, and discarding again is harmless.
 */
@Component
class PhotoCleanupListener {

    private final DiscardPhotosUseCase photos;

    PhotoCleanupListener(DiscardPhotosUseCase photos) {
        this.photos = photos;
    }

    @ApplicationModuleListener
    void on(WeightEntryDeleted deleted) {
        photos.discardOfEntry(deleted.entryId());
    }

    @ApplicationModuleListener
    void on(UserPurged purged) {
        photos.discardAllOf(purged.userId());
    }
}
