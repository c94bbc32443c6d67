package com.weighttracker.shared;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What one use of uploaded images (weigh-in photos, team avatars, user avatars) accepts: a JPEG,
 * PNG or WebP by its first bytes, at most {@code maxBytes} as uploaded, whose header states at most
 * {@link #MAX_PIXELS} pixels and which decodes completely (ADR 10). Errors name the field {@value #FIELD}.
 *
 * @param subject how a message names the image, e.g. "A photo"
 */
public record ImageUploadRule(String subject, long maxBytes) implements ValueObject {

    public static final String FIELD = "file";
    /** 40 megapixels: more than any phone camera, and a bound on the memory one decode may take. */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final long MEGABYTE = 1024L * 1024;

    public ImageUploadRule {
        Objects.requireNonNull(subject, "subject");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("an upload limit is positive");
        }
    }

    /**
     * Judges the upload's bytes: not empty, at most {@link #maxBytes}, and a JPEG, PNG or WebP by its
     * magic bytes; a caller may stop reading after {@code maxBytes + 1} bytes.
     */
    public ImageFormat inspect(byte[] content) {
        return ImageFormat.ofUpload(content, maxBytes, FIELD, this::tooLarge);
    }

    public TooLarge tooLarge() {
        var limit = maxBytes % MEGABYTE == 0 ? maxBytes / MEGABYTE + " MB" : maxBytes + " bytes";
        return new TooLarge(subject + " may be at most " + limit + ".");
    }

    /** Refuses an image whose header states more than {@link #MAX_PIXELS} pixels, before decoding it. */
    public static void requireDecodable(long width, long height) {
        if (width <= 0 || height <= 0) {
            throw unreadable();
        }
        if (width * height > MAX_PIXELS) {
            throw InvalidInput.of(FIELD, "image may have at most " + MAX_PIXELS / 1_000_000
                    + " megapixels; this one states " + width + " x " + height);
        }
    }

    /** The bytes start like an image but do not decode as one (truncated, corrupt, or noise). */
    public static InvalidInput unreadable() {
        return InvalidInput.of(FIELD, "file is not a complete, readable JPEG, PNG or WebP image");
    }
}
