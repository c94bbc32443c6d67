package com.weighttracker.shared.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A stored blob opened for reading: its bytes (the reader closes them), their content type and count. */
public record Blob(String contentType, long size, InputStream content) implements AutoCloseable {

    public Blob {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
