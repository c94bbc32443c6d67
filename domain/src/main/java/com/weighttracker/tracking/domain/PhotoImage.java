package com.weighttracker.tracking.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.TooLargeException;

/**
 * What an uploaded photo is: its format (by its magic bytes, whatever its name or declared type
 * say), its size, and its width and height when the header tells them cheaply ({@code null} otherwise).
 */
public record PhotoImage(ImageFormat format, long size, ImageDimensions dimensions) implements ValueObject {

    /** 5 MB per photo. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final String FIELD = "file";

    public PhotoImage {
        Objects.requireNonNull(format, "format");
        if (size <= 0 || size > MAX_BYTES) {
            throw new IllegalArgumentException("a photo has 1 to " + MAX_BYTES + " bytes");
        }
    }

    /**
     * Judges an upload: not empty, at most {@link #MAX_BYTES}, and a JPEG, PNG or WebP.
     *
     * @param content the upload's bytes; a caller may stop reading after {@code MAX_BYTES + 1} of them
     */
    public static PhotoImage inspect(byte[] content) {
        var format = ImageFormat.ofUpload(content, MAX_BYTES, FIELD, PhotoImage::tooLarge);
        return new PhotoImage(format, content.length, format.dimensionsOf(content).orElse(null));
    }

    public static TooLargeException tooLarge() {
        return new TooLargeException("A photo may be at most 5 MB.");
    }
}
