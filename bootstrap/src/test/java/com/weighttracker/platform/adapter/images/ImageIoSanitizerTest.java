package com.weighttracker.platform.adapter.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.InvalidInput;
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
    void turnsAJpegUprightAsItsExifOrientationSaysBeforeTheTagIsDropped() {
        // red is the left quarter as stored; orientation 6 means "turn 90 degrees clockwise to show"
        var turned = sanitizer.sanitize(ImageFormat.JPEG, TestImages.jpegWithOrientation(6));
        var mirrored = sanitizer.sanitize(ImageFormat.JPEG, TestImages.jpegWithOrientation(2));
        var asStored = sanitizer.sanitize(ImageFormat.JPEG, TestImages.jpegWithOrientation(1));

        assertThat(turned.dimensions()).isEqualTo(new ImageDimensions(30, 40));
        var upright = TestImages.read(turned.content());
        assertThat(isRed(upright.getRGB(15, 3))).as("red on top").isTrue();
        assertThat(isRed(upright.getRGB(15, 36))).as("blue below").isFalse();
        assertThat(TestImages.metadataIn(turned.content())).isEmpty();
        assertThat(mirrored.dimensions()).isEqualTo(new ImageDimensions(40, 30));
        assertThat(isRed(TestImages.read(mirrored.content()).getRGB(36, 15))).as("red on the right").isTrue();
        assertThat(isRed(TestImages.read(asStored.content()).getRGB(3, 15))).as("red on the left").isTrue();
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

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 180 && (rgb & 0xFF) < 90;
    }

    private void assertUnreadable(ImageFormat format, byte[] content) {
        assertThat(messageOf(format, content)).contains("not a complete, readable");
    }

    private String messageOf(ImageFormat format, byte[] content) {
        var refusal = assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> sanitizer.sanitize(format, content)).actual();
        assertThat(refusal.fields()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("file"));
        return refusal.fields().get(0).message();
    }
}
