package com.weighttracker.tracking.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;
import com.weighttracker.tracking.application.port.in.DiscardPhotosUseCase;
import com.weighttracker.tracking.application.port.in.EntryPhotoView;
import com.weighttracker.tracking.application.port.in.ManageEntryPhotosUseCase;
import com.weighttracker.tracking.application.port.out.EntryPhotoRepository;
import com.weighttracker.tracking.domain.EntryPhoto;
import com.weighttracker.tracking.domain.PhotoId;
import com.weighttracker.tracking.domain.PhotoImage;
import com.weighttracker.tracking.domain.PhotoViewingPolicy;
import com.weighttracker.tracking.domain.WeightEntryId;

/**
 * Photos of weigh-ins. The bytes go through the {@link ImageStore} (judged, decoded, stripped of
 * metadata, stored), the record to the database, in an order that never leaves a record without
 * its blob behind a success: an upload stores the blob first and removes it again if the record
 * cannot be written; a removal deletes the blob inside the record's transaction. The worst a crash
 * leaves is an unreferenced blob.
 */
public final class EntryPhotoService implements ManageEntryPhotosUseCase, DiscardPhotosUseCase {

    static final String KEY_PREFIX = "entry-photos";
    private static final int DISCARD_BATCH = 100;

    private final EntryPhotoRepository photos;
    private final ImageStore images;
    private final PhotoViewingPolicy viewing;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public EntryPhotoService(EntryPhotoRepository photos, ImageStore images, PhotoViewingPolicy viewing,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.photos = photos;
        this.images = images;
        this.viewing = viewing;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public EntryPhotoView attach(UserId owner, UUID entryId, ImageUpload upload) {
        var entry = new WeightEntryId(entryId);
        // refuse cheaply before reading and decoding anything; the transaction below decides for good
        if (!photos.ownerOfEntry(entry).map(owner::equals).orElse(false)) {
            throw entryNotFound();
        }
        EntryPhoto.requireRoom(photos.countOf(entry));
        var id = new PhotoId(ids.next());
        var stored = images.store(upload, PhotoImage.UPLOAD, BlobKey.of(KEY_PREFIX, owner, entry, id));
        var image = new PhotoImage(stored.format(), stored.size(), stored.dimensions());
        try {
            return transactions.inTransaction(() -> {
                if (!photos.lockOwnedEntry(entry, owner)) {
                    throw entryNotFound();
                }
                var photo = EntryPhoto.attach(id, entry, owner, image, stored.key().value(), photos.countOf(entry),
                        clock.instant());
                photos.add(photo);
                return EntryPhotoView.of(photo);
            });
        } catch (RuntimeException failure) {
            images.discard(stored.key(), failure);
            throw failure;
        }
    }

    @Override
    public List<EntryPhotoView> list(UserId viewer, UUID entryId) {
        var entry = visibleEntry(viewer, entryId);
        return photos.ofEntry(entry, EntryPhoto.MAX_PER_ENTRY).stream().map(EntryPhotoView::of).toList();
    }

    @Override
    public ImageContent open(UserId viewer, UUID entryId, UUID photoId) {
        var entry = visibleEntry(viewer, entryId);
        var photo = photos.find(entry, new PhotoId(photoId)).orElseThrow(EntryPhotoService::photoNotFound);
        // a record whose blob is gone (a removal that deleted the blob and then failed) is not found
        return images.open(new BlobKey(photo.blobKey()), photo.createdAt())
                .orElseThrow(EntryPhotoService::photoNotFound);
    }

    @Override
    public void remove(UserId owner, UUID entryId, UUID photoId) {
        var entry = new WeightEntryId(entryId);
        transactions.inTransaction(() -> {
            if (!photos.lockOwnedEntry(entry, owner)) {
                throw entryNotFound();
            }
            var photo = photos.find(entry, new PhotoId(photoId)).orElseThrow(EntryPhotoService::photoNotFound);
            photos.delete(photo.getId());
            images.delete(new BlobKey(photo.blobKey()));
        });
    }

    @Override
    public void discardOfEntry(UUID entryId) {
        var entry = new WeightEntryId(entryId);
        List<EntryPhoto> batch;
        do {
            batch = photos.ofEntry(entry, DISCARD_BATCH);
            discard(batch);
        } while (batch.size() == DISCARD_BATCH);
    }

    @Override
    public void discardAllOf(UserId userId) {
        List<EntryPhoto> batch;
        do {
            batch = photos.someOf(userId, DISCARD_BATCH);
            discard(batch);
        } while (batch.size() == DISCARD_BATCH);
    }

    private void discard(List<EntryPhoto> batch) {
        for (var photo : batch) {
            images.delete(new BlobKey(photo.blobKey()));
            transactions.inTransaction(() -> photos.delete(photo.getId()));
        }
    }

    /** The entry, if it exists and the viewer may see its photos; otherwise not found, as if it did not exist. */
    private WeightEntryId visibleEntry(UserId viewer, UUID entryId) {
        var entry = new WeightEntryId(entryId);
        photos.ownerOfEntry(entry).filter(owner -> viewing.maySee(viewer, owner)).orElseThrow(
                EntryPhotoService::entryNotFound);
        return entry;
    }

    private static Unknown entryNotFound() {
        return new Unknown("Weight entry not found");
    }

    private static Unknown photoNotFound() {
        return new Unknown("Photo not found");
    }
}
