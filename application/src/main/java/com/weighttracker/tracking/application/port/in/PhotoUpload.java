package com.weighttracker.tracking.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded file as the client sent it. Its name and declared content type are deliberately not
 * here: the bytes alone decide what it is.
 *
 * @param size the byte count the transport measured (an upload over the limit is refused before reading it)
 */
public record PhotoUpload(long size, Source content) {

    /** Opens the upload's bytes; may be called once. */
    @FunctionalInterface
    public interface Source {

        InputStream open() throws IOException;
    }

    public PhotoUpload {
        Objects.requireNonNull(content, "content");
    }
}
