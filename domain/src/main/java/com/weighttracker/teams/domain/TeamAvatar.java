package com.weighttracker.teams.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.InvalidInputException;
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
        if (content.length == 0) {
            throw InvalidInputException.of(FIELD, "file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        var format = ImageFormat.detect(content).orElseThrow(() -> InvalidInputException.of(FIELD,
                "file must be a JPEG, PNG or WebP image"));
        return new TeamAvatar(format, content.length);
    }

    public static TooLargeException tooLarge() {
        return new TooLargeException("A team avatar may be at most 2 MB.");
    }
}
