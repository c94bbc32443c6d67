package com.weighttracker.tracking.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.ImageUploadRule;

/**
 * A stored photo: the format and size of the image as stored (decoded and re-encoded from the
 * upload, ADR 10) and its width and height ({@code null} only for photos stored before images
 * were decoded).
 */
public record PhotoImage(ImageFormat format, long size, ImageDimensions dimensions) implements ValueObject {

    /** 5 MB per photo as uploaded. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final String FIELD = ImageUploadRule.FIELD;
    public static final ImageUploadRule UPLOAD = new ImageUploadRule("A photo", MAX_BYTES);

    public PhotoImage {
        Objects.requireNonNull(format, "format");
        if (size <= 0) {
            throw new IllegalArgumentException("a photo has at least one byte");
        }
    }
}
