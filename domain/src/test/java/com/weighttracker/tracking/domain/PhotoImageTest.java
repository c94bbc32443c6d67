package com.weighttracker.tracking.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.InvalidInputException.FieldError;
import com.weighttracker.shared.TooLargeException;

class PhotoImageTest {

    private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };

    @Test
    void acceptsAJpegByItsBytesAndKnowsItsSize() {
        var image = PhotoImage.inspect(JPEG_START);

        assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(image.size()).isEqualTo(4);
        assertThat(image.dimensions()).isNull();
    }

    @Test
    void acceptsExactlyFiveMegabytes() {
        var image = PhotoImage.inspect(Arrays.copyOf(JPEG_START, 5 * 1024 * 1024));

        assertThat(image.size()).isEqualTo(PhotoImage.MAX_BYTES);
    }

    @Test
    void refusesOneByteOverFiveMegabytesAsTooLarge() {
        assertThatExceptionOfType(TooLargeException.class)
                .isThrownBy(() -> PhotoImage.inspect(Arrays.copyOf(JPEG_START, 5 * 1024 * 1024 + 1)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(fieldErrorsOf(() -> PhotoImage.inspect(new byte[0])))
                .containsExactly(new FieldError("file", "file is empty"));
    }

    @Test
    void refusesAnythingButJpegPngAndWebp() {
        assertThat(fieldErrorsOf(() -> PhotoImage.inspect("GIF89a....".getBytes(StandardCharsets.US_ASCII))))
                .containsExactly(new FieldError("file", "file must be a JPEG, PNG or WebP image"));
    }
}
