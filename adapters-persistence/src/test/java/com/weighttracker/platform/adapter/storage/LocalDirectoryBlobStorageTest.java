package com.weighttracker.platform.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.weighttracker.shared.application.Blob;
import com.weighttracker.shared.application.BlobKey;

class LocalDirectoryBlobStorageTest {

    private static final BlobKey KEY = BlobKey.of("entry-photos", "user-1", "entry-1", "photo-1");

    @TempDir
    private Path temp;

    private Path root;
    private LocalDirectoryBlobStorage storage;

    @BeforeEach
    void aStorageInATemporaryDirectory() {
        root = temp.resolve("blobs");
        storage = new LocalDirectoryBlobStorage(root);
    }

    @Test
    void createsItsDirectoryAndReadsBackWhatWasStoredWithItsContentTypeAndSize() throws IOException {
        var bytes = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, '\n', 3 };

        storage.put(KEY, bytes, "image/jpeg");

        assertThat(root).isDirectory();
        try (var blob = storage.get(KEY).orElseThrow()) {
            assertThat(blob.contentType()).isEqualTo("image/jpeg");
            assertThat(blob.size()).isEqualTo(bytes.length);
            assertThat(blob.content().readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void keepsTheBlobAsAFileAtItsKeyUnderTheRoot() {
        storage.put(KEY, "hello".getBytes(StandardCharsets.US_ASCII), "text/plain");

        assertThat(root.resolve("entry-photos/user-1/entry-1/photo-1")).isRegularFile();
    }

    @Test
    void storesAnEmptyBlob() throws IOException {
        storage.put(KEY, new byte[0], "application/octet-stream");

        try (var blob = storage.get(KEY).orElseThrow()) {
            assertThat(blob.size()).isZero();
            assertThat(blob.content().readAllBytes()).isEmpty();
        }
    }

    @Test
    void aMissingBlobIsEmpty() {
        assertThat(storage.get(KEY)).isEmpty();
    }

    @Test
    void replacesABlobWhileAReaderOfTheOldOneReadsItToTheEnd() throws IOException {
        var old = "old photo".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        storage.put(KEY, old, "image/png");

        try (var reading = storage.get(KEY).orElseThrow()) {
            var start = reading.content().readNBytes(10);
            storage.put(KEY, "new".getBytes(StandardCharsets.US_ASCII), "image/webp");

            assertThat(concat(start, reading.content().readAllBytes())).isEqualTo(old);
            assertThat(reading.size()).isEqualTo(old.length);
        }
        try (var current = storage.get(KEY).orElseThrow()) {
            assertThat(current.contentType()).isEqualTo("image/webp");
            assertThat(current.content().readAllBytes()).isEqualTo("new".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldBlobAndNoTemporaryFile() throws IOException {
        storage.put(KEY, "complete".getBytes(StandardCharsets.US_ASCII), "image/png");
        var failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                return read(new byte[1], 0, 1) < 0 ? -1 : 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (sent >= 1000) {
                    throw new IOException("connection reset");
                }
                var n = Math.min(length, 1000 - sent);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                sent += n;
                return n;
            }
        };

        assertThatThrownBy(() -> storage.put(KEY, failing, 5000, "image/png")).isInstanceOf(UncheckedIOException.class);

        assertThat(readAll(KEY)).isEqualTo("complete");
        assertThat(filesUnder(root)).containsExactly(root.resolve("entry-photos/user-1/entry-1/photo-1"));
    }

    @Test
    void refusesContentLongerOrShorterThanAnnouncedAndStoresNothing() {
        var five = "12345".getBytes(StandardCharsets.US_ASCII);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> storage.put(KEY, new ByteArrayInputStream(five), 4, "text/plain"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> storage.put(KEY, new ByteArrayInputStream(five), 6, "text/plain"));

        assertThat(storage.get(KEY)).isEmpty();
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void leavesNoTemporaryFilesAfterWriting() {
        storage.put(KEY, "a".getBytes(StandardCharsets.US_ASCII), "text/plain");
        storage.put(KEY, "b".getBytes(StandardCharsets.US_ASCII), "text/plain");

        assertThat(filesUnder(root)).containsExactly(root.resolve("entry-photos/user-1/entry-1/photo-1"));
    }

    @Test
    void deletesABlobAndTheDirectoriesItLeavesEmpty() {
        var sibling = BlobKey.of("entry-photos", "user-1", "entry-2", "photo-2");
        storage.put(KEY, "a".getBytes(StandardCharsets.US_ASCII), "text/plain");
        storage.put(sibling, "b".getBytes(StandardCharsets.US_ASCII), "text/plain");

        storage.delete(KEY);

        assertThat(storage.get(KEY)).isEmpty();
        assertThat(root.resolve("entry-photos/user-1/entry-1")).doesNotExist();
        assertThat(readAll(sibling)).isEqualTo("b");
        assertThat(root).isDirectory();
    }

    @Test
    void deletingWhatIsNotThereDoesNothing() {
        storage.delete(KEY);

        assertThat(storage.get(KEY)).isEmpty();
    }

    @Test
    void aKeyCannotEvenBeMadeToClimbOutOfTheRoot() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "keep out");

        assertThatIllegalArgumentException().isThrownBy(() -> new BlobKey("../secret.txt"));
        assertThatIllegalArgumentException().isThrownBy(() -> new BlobKey("entry-photos/../../secret.txt"));

        assertThat(Files.readString(temp.resolve("secret.txt"))).isEqualTo("keep out");
    }

    @Test
    void refusesToWriteReadOrDeleteThroughASymbolicLinkLeadingOutOfTheRoot() throws IOException {
        var outside = Files.createDirectory(temp.resolve("outside"));
        Files.writeString(outside.resolve("photo"), "not yours");
        Files.createSymbolicLink(root.resolve("link"), outside);
        var throughLink = BlobKey.of("link", "photo");
        var bytes = "overwrite".getBytes(StandardCharsets.US_ASCII);

        assertThatIllegalArgumentException().isThrownBy(() -> storage.put(throughLink, bytes, "text/plain"));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.get(throughLink));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.delete(throughLink));

        assertThat(Files.readString(outside.resolve("photo"))).isEqualTo("not yours");
        try (var files = Files.list(outside)) {
            assertThat(files).containsExactly(outside.resolve("photo"));
        }
    }

    @Test
    void refusesAContentTypeThatCouldBreakTheHeader() {
        var bytes = new byte[] { 1 };

        assertThatIllegalArgumentException().isThrownBy(() -> storage.put(KEY, bytes, "image/png\nextra"));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put(KEY, bytes, ""));
        assertThat(storage.get(KEY)).isEmpty();
    }

    @Test
    void aFileWithoutTheHeaderIsAnErrorNotABlob() throws IOException {
        var path = root.resolve("stray");
        Files.writeString(path, "written by something else");

        assertThatThrownBy(() -> storage.get(new BlobKey("stray"))).isInstanceOf(UncheckedIOException.class);
    }

    private String readAll(BlobKey key) {
        try (Blob blob = storage.get(key).orElseThrow()) {
            return new String(blob.content().readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesUnder(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
