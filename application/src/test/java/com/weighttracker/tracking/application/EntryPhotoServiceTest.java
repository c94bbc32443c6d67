package com.weighttracker.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.TooLarge;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageUpload;
import com.weighttracker.tracking.domain.PhotoViewingPolicy;
import com.weighttracker.tracking.domain.WeightEntryId;

class EntryPhotoServiceTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

    private final UserId anna = new UserId(UUID.randomUUID());
    private final UserId bert = new UserId(UUID.randomUUID());
    private final UUID entry = UUID.randomUUID();
    private final InMemoryPhotos.Records records = new InMemoryPhotos.Records();
    private final InMemoryPhotos.Blobs blobs = new InMemoryPhotos.Blobs();
    private final AtomicLong ticks = new AtomicLong();
    private EntryPhotoService service;

    @BeforeEach
    void annaHasAnEntry() {
        records.entries.put(new WeightEntryId(entry), anna);
        service = serviceWith(PhotoViewingPolicy.ownerOnly());
    }

    private EntryPhotoService serviceWith(PhotoViewingPolicy policy) {
        var start = Instant.parse("2026-11-25T08:00:00Z");
        // a second later at every reading, so photos have distinct creation times
        var clock = new Clock() {
            @Override
            public Instant instant() {
                return start.plus(Duration.ofSeconds(ticks.incrementAndGet()));
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        return new EntryPhotoService(records, new ImageStore(blobs, new InMemoryPhotos.UnchangedImages()), policy, new InMemoryPhotos.DirectTransactions(),
                UUID::randomUUID, clock);
    }

    private static ImageUpload upload(byte[] content) {
        return new ImageUpload(content.length, () -> new ByteArrayInputStream(content));
    }

    @Test
    void storesTheBytesUnderAKeyOfOwnerEntryAndPhotoWithTheDetectedType() {
        var view = service.attach(anna, entry, upload(PNG));

        var key = BlobKey.of("entry-photos", anna, entry, view.id());
        assertThat(blobs.stored.get(key)).isEqualTo(PNG);
        assertThat(blobs.types.get(key)).isEqualTo("image/png");
        assertThat(view.contentType()).isEqualTo("image/png");
        assertThat(view.size()).isEqualTo(PNG.length);
    }

    @Test
    void aFourthPhotoIsRefusedBeforeAnythingIsStored() {
        for (var i = 0; i < 3; i++) {
            service.attach(anna, entry, upload(PNG));
        }

        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> service.attach(anna, entry, upload(PNG)));

        assertThat(blobs.stored).hasSize(3);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithoutOpeningIt() {
        var opened = new boolean[1];
        var huge = new ImageUpload(5L * 1024 * 1024 + 1, () -> {
            opened[0] = true;
            throw new IOException("must not be read");
        });

        assertThatExceptionOfType(TooLarge.class).isThrownBy(() -> service.attach(anna, entry, huge));

        assertThat(opened[0]).isFalse();
    }

    @Test
    void anUploadLargerThanItsAnnouncedSizeIsStillRefused() {
        var content = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        var lying = new ImageUpload(10, () -> new ByteArrayInputStream(content));

        assertThatExceptionOfType(TooLarge.class).isThrownBy(() -> service.attach(anna, entry, lying));

        assertThat(blobs.stored).isEmpty();
    }

    @Test
    void whenTheEntryVanishesBeforeTheRecordIsWrittenTheStoredBlobIsRemovedAgain() {
        records.vanishing.add(new WeightEntryId(entry));

        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.attach(anna, entry, upload(PNG)));

        assertThat(blobs.stored).isEmpty();
        assertThat(records.photos).isEmpty();
    }

    @Test
    void aFailedCleanUpDoesNotHideWhyTheUploadFailed() {
        records.vanishing.add(new WeightEntryId(entry));
        blobs.failDeletes = true;

        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.attach(anna, entry, upload(PNG)))
                .satisfies(e -> assertThat(e.getSuppressed()).hasOnlyElementsOfType(UncheckedIOException.class));
    }

    @Test
    void nobodyButTheOwnerAttachesListsOpensOrRemoves() {
        var photo = service.attach(anna, entry, upload(PNG));

        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.attach(bert, entry, upload(PNG)));
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.list(bert, entry));
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.open(bert, entry, photo.id()));
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.remove(bert, entry, photo.id()));
        assertThat(blobs.stored).hasSize(1);
    }

    @Test
    void aWiderViewingPolicyLetsOthersSeeButStillNotChange() {
        var sharing = serviceWith((viewer, owner) -> viewer.equals(owner) || viewer.equals(bert));
        var photo = sharing.attach(anna, entry, upload(PNG));

        assertThat(sharing.list(bert, entry)).hasSize(1);
        assertThat(sharing.open(bert, entry, photo.id()).contentType()).isEqualTo("image/png");
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> sharing.attach(bert, entry, upload(PNG)));
        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> sharing.remove(bert, entry, photo.id()));
    }

    @Test
    void aRecordWhoseBlobIsGoneIsNotFoundRatherThanBroken() {
        var photo = service.attach(anna, entry, upload(PNG));
        blobs.stored.clear();

        assertThatExceptionOfType(Unknown.class).isThrownBy(() -> service.open(anna, entry, photo.id()));
    }

    @Test
    void removingAPhotoRemovesItsRecordAndBlob() {
        var photo = service.attach(anna, entry, upload(PNG));

        service.remove(anna, entry, photo.id());

        assertThat(records.photos).isEmpty();
        assertThat(blobs.stored).isEmpty();
    }

    @Test
    void aRemovalWhoseBlobCannotBeDeletedFailsSoItCanBeRetried() {
        var photo = service.attach(anna, entry, upload(PNG));
        blobs.failDeletes = true;

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> service.remove(anna, entry, photo.id()));
    }

    @Test
    void discardingAUsersPhotosGoesThroughEveryBatch() {
        for (var i = 0; i < 250; i++) {
            var other = new WeightEntryId(UUID.randomUUID());
            records.entries.put(other, anna);
            service.attach(anna, other.value(), upload(PNG));
        }
        var bertsEntry = new WeightEntryId(UUID.randomUUID());
        records.entries.put(bertsEntry, bert);
        service.attach(bert, bertsEntry.value(), upload(PNG));

        service.discardAllOf(anna);

        assertThat(records.photos.values()).allSatisfy(photo -> assertThat(photo.owner()).isEqualTo(bert));
        assertThat(blobs.stored).hasSize(1);
    }

    @Test
    void discardingAnEntrysPhotosLeavesOtherEntriesAlone() {
        service.attach(anna, entry, upload(PNG));
        service.attach(anna, entry, upload(PNG));
        var other = new WeightEntryId(UUID.randomUUID());
        records.entries.put(other, anna);
        service.attach(anna, other.value(), upload(PNG));

        service.discardOfEntry(entry);

        assertThat(records.photos.values()).allSatisfy(photo -> assertThat(photo.entryId()).isEqualTo(other));
        assertThat(blobs.stored).hasSize(1);
    }
}
