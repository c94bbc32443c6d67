package com.weighttracker.shared.application.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.ImageUploadRule;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.ImageSanitizer;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/**
 * The one path every uploaded image takes (weigh-in photos, team avatars, user avatars, and later
 * post and message images), whatever context it belongs to: read at most one byte past the use's
 * limit, judge the bytes (magic bytes, size), decode and encode again through the
 * {@link ImageSanitizer} (pixel bound, no metadata), store under a key the use made from ids. And
 * the one read path: the stored image with an entity tag for conditional requests. Each use
 * keeps its own record of the key and its own rules for who may see it.
 */
public final class ImageStore {

    private static final System.Logger log = System.getLogger(ImageStore.class.getName());

    private final BlobStorage blobs;
    private final ImageSanitizer sanitizer;

    public ImageStore(BlobStorage blobs, ImageSanitizer sanitizer) {
        this.blobs = blobs;
        this.sanitizer = sanitizer;
    }

    /**
     * Reads, judges, sanitises and stores the upload under {@code key}. Nothing is stored when it
     * is refused: 413 over the rule's size, 400 (field {@value ImageUploadRule#FIELD}) for what is
     * empty, no JPEG, PNG or WebP, too many pixels or not decodable.
     */
    public StoredImage store(ImageUpload upload, ImageUploadRule rule, BlobKey key) {
        var content = read(upload, rule);
        var format = rule.inspect(content);
        var image = sanitizer.sanitize(format, content);
        blobs.put(key, image.content(), image.format().mediaType());
        return new StoredImage(key, image.format(), image.content().length, image.dimensions());
    }

    /**
     * The image stored under {@code key}, or empty when there is none (a record whose blob is gone
     * is not found either). Its entity tag is derived from the key, which each upload makes new.
     *
     * @param storedAt when the use recorded the image, if it knows; {@code null} otherwise
     */
    public Optional<ImageContent> open(BlobKey key, Instant storedAt) {
        return blobs.get(key).map(blob -> {
            var format = ImageFormat.ofMediaType(blob.contentType());
            return new ImageContent(blob.contentType(), format.map(ImageFormat::extension).orElse("bin"), blob.size(),
                    etagOf(key), storedAt, blob.content());
        });
    }

    /**
     * Deletes an image nobody refers to any more (or is about to); a failure leaves it unreferenced,
     * which is harmless, and is logged. {@code null} does nothing.
     */
    public void discard(BlobKey key) {
        if (key == null) {
            return;
        }
        try {
            blobs.delete(key);
        } catch (UncheckedIOException e) {
            log.log(Level.WARNING, "Could not delete the unreferenced image {0}: {1}", key, e.toString());
        }
    }

    /**
     * Deletes an image stored for a change that then failed with {@code cause}; a failure to delete
     * is added to {@code cause} (so it does not hide why the change failed) and logged.
     */
    public void discard(BlobKey key, RuntimeException cause) {
        try {
            blobs.delete(key);
        } catch (UncheckedIOException e) {
            cause.addSuppressed(e);
            log.log(Level.WARNING, "Could not delete the image {0} of a change that failed; it is unreferenced now",
                    key);
        }
    }

    /** Deletes the image now; a failure fails the caller (removals that must not leave the bytes behind). */
    public void delete(BlobKey key) {
        blobs.delete(key);
    }

    /** At most one byte over the limit is read: enough to refuse, never the whole of a huge upload. */
    private static byte[] read(ImageUpload upload, ImageUploadRule rule) {
        if (upload.size() > rule.maxBytes()) {
            throw rule.tooLarge();
        }
        try (var in = upload.content().open()) {
            return in.readNBytes(Math.toIntExact(rule.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }

    /** A strong entity tag that names nothing (the key holds ids): the first 128 bits of its SHA-256. */
    private static String etagOf(BlobKey key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
