package com.weighttracker.platform.adapter.storage;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

import com.weighttracker.shared.application.Blob;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;

/**
 * Blobs as files under one directory: key {@code a/b/c} is the file {@code <root>/a/b/c}. Each file
 * starts with a one-line header naming the content type, then the bytes, so content and type are
 * written together. A write goes to a temporary file in the target's directory (a name no key can
 * have), is forced to disk and then renamed over the target in one atomic step: readers see the
 * old blob or the new one, never a part; a reader that opened the old one keeps reading it.
 * Keys cannot climb out ({@link BlobKey}), and a path that resolves outside the root through a
 * symbolic link is refused as well.
 */
public final class LocalDirectoryBlobStorage implements BlobStorage {

    private static final String HEADER_PREFIX = "weight-tracker-blob/1 ";
    private static final int HEADER_MAX = 256;
    private static final Pattern CONTENT_TYPE = Pattern.compile("[\\x21-\\x7E][\\x20-\\x7E]{0,199}");
    private static final int ATTEMPTS = 3;
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public LocalDirectoryBlobStorage(Path directory) {
        try {
            Files.createDirectories(directory);
            this.root = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the blob directory " + directory, e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new IllegalStateException("the blob directory " + root + " is not a writable directory");
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(BlobKey key, InputStream content, long size, String contentType) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        var header = header(contentType);
        var target = pathOf(key);
        for (var attempt = 1;; attempt++) {
            try {
                write(target, header, content, size);
                return;
            } catch (NoSuchFileException directoryRemovedMeanwhile) {
                // a concurrent delete pruned the (then empty) directory between creating it and writing
                if (attempt == ATTEMPTS) {
                    throw new UncheckedIOException("could not store blob " + key, directoryRemovedMeanwhile);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not store blob " + key, e);
            }
        }
    }

    private void write(Path target, byte[] header, InputStream content, long size) throws IOException {
        var directory = target.getParent();
        Files.createDirectories(directory);
        requireInsideRoot(directory);
        var temporary = Files.createTempFile(directory, ".incoming-", ".tmp");
        try {
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    var out = Channels.newOutputStream(channel)) {
                out.write(header);
                var copied = copy(content, out, size);
                if (copied != size) {
                    throw new IllegalArgumentException("the blob has " + (copied > size ? "more" : "fewer")
                            + " bytes than the " + size + " announced");
                }
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Copies at most {@code size + 1} bytes: one more than announced is enough to know it lied. */
    private static long copy(InputStream in, OutputStream out, long size) throws IOException {
        var buffer = new byte[BUFFER];
        long copied = 0;
        while (copied <= size) {
            var n = in.read(buffer, 0, (int) Math.min(buffer.length, size + 1 - copied));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    @Override
    public Optional<Blob> get(BlobKey key) {
        var path = pathOf(key);
        FileChannel channel;
        try {
            requireInsideRoot(path);
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read blob " + key, e);
        }
        try {
            // the size of the file we opened, even if a write renames a new one over it meanwhile
            var fileSize = channel.size();
            var in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
            var header = readHeader(in, key);
            return Optional.of(new Blob(header.contentType(), fileSize - header.length(), in));
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not read blob " + key, io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void delete(BlobKey key) {
        var path = pathOf(key);
        try {
            if (Files.exists(path.getParent())) {
                requireInsideRoot(path.getParent());
            }
            if (Files.deleteIfExists(path)) {
                pruneEmptyDirectories(path.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete blob " + key, e);
        }
    }

    /** Removes the directories the key's file was the last entry of, up to (not including) the root. */
    private void pruneEmptyDirectories(Path directory) {
        for (var current = directory; current != null && !current.equals(root); current = current.getParent()) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException stillUsedOrGone) {
                return;
            } catch (IOException e) {
                return; // tidiness only; an empty directory left behind harms nobody
            }
        }
    }

    private Path pathOf(BlobKey key) {
        var path = root;
        for (var segment : key.segments()) {
            path = path.resolve(segment);
        }
        path = path.normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("blob key " + key + " leaves the blob directory");
        }
        return path;
    }

    /** Refuses a path that a symbolic link leads out of the root. */
    private void requireInsideRoot(Path path) throws IOException {
        if (!path.toRealPath().startsWith(root)) {
            throw new IllegalArgumentException(
                    "blob path " + root.relativize(path) + " leads out of the blob directory");
        }
    }

    private static byte[] header(String contentType) {
        if (contentType == null || !CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("a content type is printable ASCII of at most 200 characters");
        }
        return (HEADER_PREFIX + contentType + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private record Header(String contentType, int length) {
    }

    private static Header readHeader(InputStream in, BlobKey key) throws IOException {
        var line = new ByteArrayOutputStream();
        for (var i = 0; i < HEADER_MAX; i++) {
            var b = in.read();
            if (b < 0) {
                break;
            }
            if (b == '\n') {
                var text = line.toString(StandardCharsets.US_ASCII);
                if (!text.startsWith(HEADER_PREFIX)) {
                    break;
                }
                return new Header(text.substring(HEADER_PREFIX.length()), line.size() + 1);
            }
            line.write(b);
        }
        throw new IOException("blob " + key + " has no valid header");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
