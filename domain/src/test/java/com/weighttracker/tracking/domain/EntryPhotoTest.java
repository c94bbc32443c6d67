package com.weighttracker.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.UserId;

class EntryPhotoTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final PhotoImage IMAGE = new PhotoImage(ImageFormat.PNG, 1234, null);

    private static EntryPhoto attachWhenEntryHas(int photos) {
        return EntryPhoto.attach(new PhotoId(UUID.randomUUID()), new WeightEntryId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), IMAGE, "entry-photos/a/b/c", photos, NOW);
    }

    @Test
    void attachesUpToThreePhotosToAnEntry() {
        var third = attachWhenEntryHas(2);

        assertThat(third.image()).isEqualTo(IMAGE);
        assertThat(third.createdAt()).isEqualTo(NOW);
    }

    @Test
    void refusesAFourthPhotoAsAConflictAboutTheFile() {
        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> attachWhenEntryHas(3))
                .satisfies(e -> assertThat(e.field()).isEqualTo("file"))
                .withMessageContaining("at most 3 photos");
    }

    @Test
    void ownerOnlyViewingLetsTheOwnerAloneSeePhotos() {
        var owner = new UserId(UUID.randomUUID());
        var policy = PhotoViewingPolicy.ownerOnly();

        assertThat(policy.maySee(owner, owner)).isTrue();
        assertThat(policy.maySee(new UserId(UUID.randomUUID()), owner)).isFalse();
    }
}
