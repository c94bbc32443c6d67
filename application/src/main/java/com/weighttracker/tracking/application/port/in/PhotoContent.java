package com.weighttracker.tracking.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;

/** A photo's bytes, opened for reading (the reader closes them), with their content type and count. */
public record PhotoContent(UUID id, String contentType, String extension, long size, InputStream content)
        implements AutoCloseable {

    public PhotoContent {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
