package com.weighttracker.teams.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A team avatar's bytes, opened for reading (the reader closes them), with their content type and count. */
public record AvatarContent(String contentType, String extension, long size, InputStream content)
        implements AutoCloseable {

    public AvatarContent {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
