package com.weighttracker.platform.adapter.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.InvalidInputException;
import com.weighttracker.support.TestImages;

/** Decoding and re-encoding with javax.imageio + TwelveMonkeys (ADR 10), without Spring. */
class ImageIoSanitizerTest {

    private final ImageIoSanitizer sanitizer = new ImageIoSanitizer(1);

    @Test
    void aJpegWithGpsInExifAndXmpComesBackAsAJpegWithoutAnyMetadata() {
        var upload = TestImages.jpegWithGps(40, 30);
        assertThat(TestImages.metadataIn(upload)).contains("Exif", "GPS IFD pointer", "GPSLatitude", "secret spot");
        assertThat(TestImages.read(upload)).as("the test image is a valid JPEG").isNotNull();

        var sanitized = sanitizer.sanitize(ImageFormat.JPEG, upload);

        assertThat(sanitized.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(sanitized.dimensions()).isEqualTo(new ImageDimensions(40, 30));
        assertThat(TestImages.metadataIn(sanitized.content())).isEmpty();
        assertThat(ImageFormat.detect(sanitized.content())).contains(ImageFormat.JPEG);
        assertThat(TestImages.read(sanitized.content()).getWidth()).isEqualTo(40);
    }

    @Test
    void aPngWithExifAndTextChunksComesBackAsAPngWithoutThem() {
        var upload = TestImages.pngWithGps(20, 10);
        assertThat(TestImages.metadataIn(upload)).contains("eXIf", "tEXt");
        assertThat(TestImages.read(upload)).as("the test image is a valid PNG").isNotNull();

        var sanitized = sanitizer.sanitize(ImageFormat.PNG, upload);

        assertThat(sanitized.format()).isEqualTo(ImageFormat.PNG);
        assertThat(sanitized.dimensions()).isEqualTo(new ImageDimensions(20, 10));
        assertThat(TestImages.metadataIn(sanitized.content())).isEmpty();
        assertThat(TestImages.read(sanitized.content()).getRGB(3, 4))
                .isEqualTo(TestImages.read(upload).getRGB(3, 4));
    }

    @Test
    void aLossyWebpBecomesAJpegAndALosslessOneWithAlphaAPng() {
        var lossy = sanitizer.sanitize(ImageFormat.WEBP, TestImages.WEBP_LOSSY);
        var lossless = sanitizer.sanitize(ImageFormat.WEBP, TestImages.WEBP_LOSSLESS);

        assertThat(lossy.format()).isIn(ImageFormat.JPEG, ImageFormat.PNG);
        assertThat(ImageFormat.detect(lossy.content())).contains(lossy.format());
        assertThat(lossy.dimensions()).isEqualTo(new ImageDimensions(1, 1));
        assertThat(ImageFormat.detect(lossless.content())).contains(lossless.format());
        assertThat(lossless.dimensions()).isEqualTo(new ImageDimensions(1, 1));
    }

    @Test
    void refusesATruncatedJpeg() {
        assertUnreadable(ImageFormat.JPEG, TestImages.truncated(TestImages.jpeg(64, 64), 0.6));
    }

    @Test
    void refusesATruncatedPng() {
        assertUnreadable(ImageFormat.PNG, TestImages.truncated(TestImages.png(64, 64), 0.6));
    }

    @Test
    void refusesMagicBytesFollowedByNoise() {
        assertUnreadable(ImageFormat.JPEG, TestImages.noiseAfter(TestImages.JPEG_MAGIC, 4096));
        assertUnreadable(ImageFormat.PNG, TestImages.noiseAfter(TestImages.PNG_MAGIC, 4096));
        assertUnreadable(ImageFormat.WEBP, TestImages.noiseAfter(TestImages.WEBP_MAGIC, 4096));
    }

    @Test
    void refusesAPngHeaderClaimingTenGigapixelsBeforeDecoding() {
        assertThat(messageOf(ImageFormat.PNG, TestImages.giantPng())).contains("40 megapixels", "100000 x 100000");
    }

    @Test
    void refusesAJpegHeaderClaimingThreeGigapixelsBeforeDecoding() {
        assertThat(messageOf(ImageFormat.JPEG, TestImages.giantJpeg())).contains("40 megapixels", "60000 x 60000");
    }

    private void assertUnreadable(ImageFormat format, byte[] content) {
        assertThat(messageOf(format, content)).contains("not a complete, readable");
    }

    private String messageOf(ImageFormat format, byte[] content) {
        var refusal = assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> sanitizer.sanitize(format, content)).actual();
        assertThat(refusal.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("file"));
        return refusal.errors().get(0).message();
    }
}
