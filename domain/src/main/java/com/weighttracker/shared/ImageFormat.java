package com.weighttracker.shared;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The image formats users may upload (weigh-in photos, avatars), recognised by their first bytes,
 * never by a file name or a declared content type: JPEG {@code FF D8 FF}, PNG
 * {@code 89 50 4E 47 0D 0A 1A 0A}, WebP {@code "RIFF" ???? "WEBP"}. Width and height come from
 * decoding the image, in an adapter (ADR 10), not from here.
 */
public enum ImageFormat {

    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    /** How many leading bytes {@link #detect} needs at most. */
    public static final int MAGIC_LENGTH = 12;

    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_MAGIC = ascii("WEBP");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * Judges an uploaded image: not empty, at most {@code maxBytes}, and a JPEG, PNG or WebP by its
     * magic bytes, whatever its name or declared type say; errors name {@code field}.
     *
     * @param content the upload's bytes; a caller may stop reading after {@code maxBytes + 1} of them,
     *        which is enough to tell that it is too large
     */
    public static ImageFormat ofUpload(byte[] content, long maxBytes, String field, Supplier<TooLarge> tooLarge) {
        if (content.length == 0) {
            throw InvalidInput.of(field, "file is empty");
        }
        if (content.length > maxBytes) {
            throw tooLarge.get();
        }
        return detect(content).orElseThrow(() -> InvalidInput.of(field, "file must be a JPEG, PNG or WebP image"));
    }

    /** The format {@code content} starts like, if it is one of ours. */
    public static Optional<ImageFormat> detect(byte[] content) {
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format with that media type (as {@link #mediaType()} names it), if it is one of ours. */
    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        for (var format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content == null || content.length < offset + prefix.length) {
            return false;
        }
        for (var i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
