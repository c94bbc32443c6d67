package com.weighttracker.tracking.domain;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.UserId;

/**
 * A photo attached to a weigh-in (FR-2.1). Its bytes live in blob storage under {@code blobKey};
 * this is what we know about them. A weigh-in has at most {@value #MAX_PER_ENTRY}; the use case
 * counts them under a lock on the entry, so concurrent uploads cannot pass the limit together.
 */
public final class EntryPhoto implements AggregateRoot<EntryPhoto, PhotoId> {

    public static final int MAX_PER_ENTRY = 3;

    private final PhotoId id;
    private final WeightEntryId entryId;
    private final UserId owner;
    private final PhotoImage image;
    private final String blobKey;
    private final Instant createdAt;

    private EntryPhoto(PhotoId id, WeightEntryId entryId, UserId owner, PhotoImage image, String blobKey,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.entryId = Objects.requireNonNull(entryId);
        this.owner = Objects.requireNonNull(owner);
        this.image = Objects.requireNonNull(image);
        this.blobKey = Objects.requireNonNull(blobKey);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * @param photosOfEntry how many photos the entry has now
     * @param blobKey where the image's bytes are kept
     */
    public static EntryPhoto attach(PhotoId id, WeightEntryId entryId, UserId owner, PhotoImage image, String blobKey,
            int photosOfEntry, Instant now) {
        requireRoom(photosOfEntry);
        return new EntryPhoto(id, entryId, owner, image, blobKey, now);
    }

    /** Refuses a photo beyond the {@value #MAX_PER_ENTRY} an entry may have. */
    public static void requireRoom(int photosOfEntry) {
        if (photosOfEntry >= MAX_PER_ENTRY) {
            throw new InConflict(PhotoImage.FIELD, "A weigh-in can have at most " + MAX_PER_ENTRY
                    + " photos. Delete one to add another.");
        }
    }

    public static EntryPhoto restore(PhotoId id, WeightEntryId entryId, UserId owner, PhotoImage image,
            String blobKey, Instant createdAt) {
        return new EntryPhoto(id, entryId, owner, image, blobKey, createdAt);
    }

    @Override
    public PhotoId getId() {
        return id;
    }

    public WeightEntryId entryId() {
        return entryId;
    }

    public UserId owner() {
        return owner;
    }

    public PhotoImage image() {
        return image;
    }

    public String blobKey() {
        return blobKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
