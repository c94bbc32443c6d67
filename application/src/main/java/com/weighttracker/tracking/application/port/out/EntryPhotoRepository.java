package com.weighttracker.tracking.application.port.out;

import java.util.List;
import java.util.Optional;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.EntryPhoto;
import com.weighttracker.tracking.domain.PhotoId;
import com.weighttracker.tracking.domain.WeightEntryId;

/** Photo records of weigh-ins, and the little about the weigh-ins that photos need. */
public interface EntryPhotoRepository {

    /** Who owns the weigh-in, if it exists. */
    Optional<UserId> ownerOfEntry(WeightEntryId entry);

    /**
     * Inside a transaction: locks the owner's weigh-in until the transaction ends, so its photos
     * cannot change meanwhile (nor the entry vanish). False if the owner has no such entry.
     */
    boolean lockOwnedEntry(WeightEntryId entry, UserId owner);

    int countOf(WeightEntryId entry);

    void add(EntryPhoto photo);

    /** At most {@code limit} photos of the entry, oldest first. */
    List<EntryPhoto> ofEntry(WeightEntryId entry, int limit);

    /** The photo if it belongs to that entry. */
    Optional<EntryPhoto> find(WeightEntryId entry, PhotoId id);

    void delete(PhotoId id);

    /** At most {@code limit} photos of the user, in no particular order. */
    List<EntryPhoto> someOf(UserId owner, int limit);
}
