package com.weighttracker.teams.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded avatar as the client sent it; its bytes alone decide what it is.
 *
 * @param size the byte count the transport measured (an upload over the limit is refused before reading it)
 */
public record AvatarUpload(long size, Source content) {

    /** Opens the upload's bytes; may be called once. */
    @FunctionalInterface
    public interface Source {

        InputStream open() throws IOException;
    }

    public AvatarUpload {
        Objects.requireNonNull(content, "content");
    }
}
