package com.weighttracker.shared.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored image opened for reading (the reader closes it), for any use: its content type, usual
 * file name extension, byte count, an entity tag that changes whenever the image does (each
 * upload is stored under a new key), and when it was stored if the use knows ({@code null} otherwise).
 */
public record ImageContent(String contentType, String extension, long size, String etag, Instant lastModified,
        InputStream content) implements AutoCloseable {

    public ImageContent {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
