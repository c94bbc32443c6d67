package com.weighttracker.tracking.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.ImageUploadRule;
import com.weighttracker.shared.Rejection.FieldError;
import com.weighttracker.shared.TooLarge;

/** The photo upload rule: the bytes decide the format; 5 MB at most (decoding is the adapter's, ADR 10). */
class PhotoImageTest {

    private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };

    @Test
    void acceptsAJpegByItsBytes() {
        assertThat(PhotoImage.UPLOAD.inspect(JPEG_START)).isEqualTo(ImageFormat.JPEG);
    }

    @Test
    void acceptsExactlyFiveMegabytes() {
        assertThat(PhotoImage.UPLOAD.inspect(Arrays.copyOf(JPEG_START, 5 * 1024 * 1024))).isEqualTo(ImageFormat.JPEG);
    }

    @Test
    void refusesOneByteOverFiveMegabytesAsTooLarge() {
        assertThatExceptionOfType(TooLarge.class)
                .isThrownBy(() -> PhotoImage.UPLOAD.inspect(Arrays.copyOf(JPEG_START, 5 * 1024 * 1024 + 1)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE"))
                .withMessage("A photo may be at most 5 MB.");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(fieldErrorsOf(() -> PhotoImage.UPLOAD.inspect(new byte[0])))
                .containsExactly(new FieldError("file", "file is empty"));
    }

    @Test
    void refusesAnythingButJpegPngAndWebp() {
        assertThat(fieldErrorsOf(() -> PhotoImage.UPLOAD.inspect("GIF89a....".getBytes(StandardCharsets.US_ASCII))))
                .containsExactly(new FieldError("file", "file must be a JPEG, PNG or WebP image"));
    }

    @Test
    void refusesAHeaderStatingMoreThanFortyMegapixelsBeforeDecoding() {
        assertThat(fieldErrorsOf(() -> ImageUploadRule.requireDecodable(100_000, 100_000)))
                .singleElement().satisfies(error -> assertThat(error.message()).contains("40 megapixels"));
    }
}
