package com.weighttracker.shared.application;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;

/**
 * Keeps binary objects (weigh-in photos, later avatars and team avatars) outside the database, by
 * key. A write is all or nothing: a reader finds the old blob, the new one or none, never a part.
 * Implementations: a local directory (the default) or, later, an S3-compatible object store
 * (ADR 10). Failures of the store are {@link java.io.UncheckedIOException}s.
 */
public interface BlobStorage {

    /**
     * Stores {@code content} under {@code key}, replacing any blob there.
     *
     * @param size exactly how many bytes {@code content} yields; a different count fails and stores nothing
     */
    void put(BlobKey key, InputStream content, long size, String contentType);

    default void put(BlobKey key, byte[] content, String contentType) {
        put(key, new ByteArrayInputStream(content), content.length, contentType);
    }

    /** The blob, opened for reading (the caller closes it), or empty when there is none. */
    Optional<Blob> get(BlobKey key);

    /** Removes the blob; removing one that is not there does nothing. */
    void delete(BlobKey key);
}
