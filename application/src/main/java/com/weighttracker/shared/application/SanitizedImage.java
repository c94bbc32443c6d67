package com.weighttracker.shared.application;

import java.util.Objects;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;

/** An uploaded image decoded and encoded again: only pixels, no metadata (EXIF, XMP, GPS, comments). */
public record SanitizedImage(ImageFormat format, byte[] content, ImageDimensions dimensions) {

    public SanitizedImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}
