package com.weighttracker.teams.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.TooLargeException;

/** A team's avatar image (FR-3.1): a JPEG, PNG or WebP by its magic bytes, at most 2 MB. */
public record TeamAvatar(ImageFormat format, long size) implements ValueObject {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final String FIELD = "file";

    public TeamAvatar {
        Objects.requireNonNull(format, "format");
        if (size <= 0 || size > MAX_BYTES) {
            throw new IllegalArgumentException("an avatar has 1 to " + MAX_BYTES + " bytes");
        }
    }

    /** Judges an upload; a caller may stop reading after {@code MAX_BYTES + 1} bytes. */
    public static TeamAvatar inspect(byte[] content) {
        return new TeamAvatar(ImageFormat.ofUpload(content, MAX_BYTES, FIELD, TeamAvatar::tooLarge), content.length);
    }

    public static TooLargeException tooLarge() {
        return new TooLargeException("A team avatar may be at most 2 MB.");
    }
}
