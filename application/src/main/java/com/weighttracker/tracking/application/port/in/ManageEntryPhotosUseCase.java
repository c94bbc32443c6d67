package com.weighttracker.tracking.application.port.in;

import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/**
 * Photos of weigh-ins (FR-2.1): up to three per entry, JPEG, PNG or WebP by their content, at most
 * 5 MB each as uploaded, stored without metadata (ADR 10). Only the owner adds and removes them; who may see them is the
 * {@code PhotoViewingPolicy}'s call (today: the owner). Anyone else finds neither the entry nor its photos.
 */
public interface ManageEntryPhotosUseCase {

    /** Stores the upload and attaches it to the owner's entry; 409 beyond three, 413 over 5 MB, 400 for what does not decode. */
    EntryPhotoView attach(UserId owner, UUID entryId, ImageUpload upload);

    /** The entry's photos, oldest first. */
    List<EntryPhotoView> list(UserId viewer, UUID entryId);

    /** The photo's bytes; the caller closes them. */
    ImageContent open(UserId viewer, UUID entryId, UUID photoId);

    void remove(UserId owner, UUID entryId, UUID photoId);
}
