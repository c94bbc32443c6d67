package com.weighttracker.tracking.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Blob;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.ImageSanitizer;
import com.weighttracker.shared.application.SanitizedImage;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.port.out.EntryPhotoRepository;
import com.weighttracker.tracking.domain.EntryPhoto;
import com.weighttracker.tracking.domain.PhotoId;
import com.weighttracker.tracking.domain.WeightEntryId;

/** In-memory stand-ins for the photo use case's outbound ports. */
final class InMemoryPhotos {

    private InMemoryPhotos() {
    }

    /** Takes every image as it is, as 1 x 1 pixels (decoding is the adapter's, tested there). */
    static final class UnchangedImages implements ImageSanitizer {

        @Override
        public SanitizedImage sanitize(ImageFormat format, byte[] content) {
            return new SanitizedImage(format, content, new ImageDimensions(1, 1));
        }
    }

    static final class Records implements EntryPhotoRepository {

        final Map<WeightEntryId, UserId> entries = new HashMap<>();
        final Map<PhotoId, EntryPhoto> photos = new LinkedHashMap<>();
        /** Entries that vanish between the quick check and the locked one (a concurrent delete). */
        final List<WeightEntryId> vanishing = new ArrayList<>();

        @Override
        public Optional<UserId> ownerOfEntry(WeightEntryId entry) {
            return Optional.ofNullable(entries.get(entry));
        }

        @Override
        public boolean lockOwnedEntry(WeightEntryId entry, UserId owner) {
            if (vanishing.remove(entry)) {
                entries.remove(entry);
            }
            return owner.equals(entries.get(entry));
        }

        @Override
        public int countOf(WeightEntryId entry) {
            return (int) photos.values().stream().filter(photo -> photo.entryId().equals(entry)).count();
        }

        @Override
        public void add(EntryPhoto photo) {
            photos.put(photo.getId(), photo);
        }

        @Override
        public List<EntryPhoto> ofEntry(WeightEntryId entry, int limit) {
            return photos.values().stream().filter(photo -> photo.entryId().equals(entry))
                    .sorted(Comparator.comparing(EntryPhoto::createdAt)).limit(limit).toList();
        }

        @Override
        public Optional<EntryPhoto> find(WeightEntryId entry, PhotoId id) {
            return Optional.ofNullable(photos.get(id)).filter(photo -> photo.entryId().equals(entry));
        }

        @Override
        public void delete(PhotoId id) {
            photos.remove(id);
        }

        @Override
        public List<EntryPhoto> someOf(UserId owner, int limit) {
            return photos.values().stream().filter(photo -> photo.owner().equals(owner)).limit(limit).toList();
        }
    }

    static final class Blobs implements BlobStorage {

        final Map<BlobKey, byte[]> stored = new HashMap<>();
        final Map<BlobKey, String> types = new HashMap<>();
        boolean failDeletes;

        @Override
        public void put(BlobKey key, InputStream content, long size, String contentType) {
            try {
                stored.put(key, content.readAllBytes());
                types.put(key, contentType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Blob> get(BlobKey key) {
            return Optional.ofNullable(stored.get(key))
                    .map(bytes -> new Blob(types.get(key), bytes.length, new ByteArrayInputStream(bytes)));
        }

        @Override
        public void delete(BlobKey key) {
            if (failDeletes) {
                throw new UncheckedIOException(new IOException("storage unreachable"));
            }
            stored.remove(key);
        }
    }

    /** Runs the work directly; a failure leaves whatever it did (the fakes cannot roll back). */
    static final class DirectTransactions implements Transactions {

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
