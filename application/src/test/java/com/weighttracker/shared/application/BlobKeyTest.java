package com.weighttracker.shared.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeyTest {

    @Test
    void joinsSegmentsWithSlashes() {
        var id = UUID.fromString("0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01");

        var key = BlobKey.of("entry-photos", id, "photo_1.jpg");

        assertThat(key.value()).isEqualTo("entry-photos/0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01/photo_1.jpg");
        assertThat(key.segments()).containsExactly("entry-photos", id.toString(), "photo_1.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = { "..", "../escape", "a/../../etc/passwd", "a/..", "./a", "a/./b", ".hidden", "a/.git",
            "/absolute", "a/", "a//b", "a\\..\\b", "C:/windows", "c:", "a/b\u0000.jpg", "new\nline", "sp ace",
            "ü", "-starts-with-dash", "ends-with-dot.", "%2e%2e", "~/home" })
    void refusesKeysThatCouldLeaveTheStorageOrMeanSomethingElse(String unsafe) {
        assertThatIllegalArgumentException().isThrownBy(() -> new BlobKey(unsafe));
    }

    @Test
    void refusesAnEmptyKeyAndOneOver512Characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BlobKey(""));
        var segment = "a".repeat(100);
        assertThatIllegalArgumentException().isThrownBy(() -> BlobKey.of(segment, segment, segment, segment,
                segment, segment));
    }

    @Test
    void refusesASegmentOver128Characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BlobKey("a".repeat(129)));
        assertThat(new BlobKey("a".repeat(128)).value()).hasSize(128);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "a.b", "a..b", "A-Z_0-9.png", "avatars/team-7/v2.webp" })
    void acceptsPlainSegments(String safe) {
        assertThat(new BlobKey(safe).value()).isEqualTo(safe);
    }

    @Test
    void neverPrintsControlCharactersOfARefusedKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BlobKey("evil\r\nkey"))
                .withMessageNotContaining("\n").withMessageNotContaining("\r");
    }
}
