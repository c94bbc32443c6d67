package com.weighttracker.shared.application.images;

import java.util.Objects;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.application.BlobKey;

/** An image as {@link ImageStore} stored it: under which key, in which format, how many bytes, how many pixels. */
public record StoredImage(BlobKey key, ImageFormat format, long size, ImageDimensions dimensions) {

    public StoredImage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}
