package com.weighttracker.shared.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded image as the client sent it, for any use (photos, team avatars, user avatars). Its
 * name and declared content type are deliberately not here: the bytes alone decide what it is.
 *
 * @param size the byte count the transport measured, or -1 when it does not know (an upload over
 *        the limit is refused before reading it; one of unknown size is read one byte past the limit)
 */
public record ImageUpload(long size, Source content) {

    /** Opens the upload's bytes; may be called once. */
    @FunctionalInterface
    public interface Source {

        InputStream open() throws IOException;
    }

    public ImageUpload {
        Objects.requireNonNull(content, "content");
    }
}
