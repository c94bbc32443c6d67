package com.weighttracker.shared;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The image formats users may upload (weigh-in photos, later avatars), recognised by their first
 * bytes, never by a file name or a declared content type: JPEG {@code FF D8 FF}, PNG
 * {@code 89 50 4E 47 0D 0A 1A 0A}, WebP {@code "RIFF" ???? "WEBP"}.
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
    /** A JPEG header is read this far, at most, looking for the frame that states the size. */
    private static final int JPEG_SEGMENTS_MAX = 256;

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
    public static ImageFormat ofUpload(byte[] content, long maxBytes, String field, Supplier<TooLargeException> tooLarge) {
        if (content.length == 0) {
            throw InvalidInputException.of(field, "file is empty");
        }
        if (content.length > maxBytes) {
            throw tooLarge.get();
        }
        return detect(content).orElseThrow(() -> InvalidInputException.of(field, "file must be a JPEG, PNG or WebP image"));
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

    /**
     * Width and height as the image's header states them, when the header is there and is one this
     * reader knows (JPEG frame header, PNG IHDR, WebP VP8/VP8L/VP8X). Only the header is read,
     * nothing is decoded; an image too short or unusual to tell has no dimensions here.
     */
    public Optional<ImageDimensions> dimensionsOf(byte[] content) {
        var dimensions = switch (this) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case WEBP -> webp(content);
        };
        return Optional.ofNullable(dimensions);
    }

    private static ImageDimensions png(byte[] content) {
        // signature (8), IHDR chunk: length (4), type (4), width (4), height (4), big-endian
        if (content.length < 24 || !startsWith(content, 12, ascii("IHDR"))) {
            return null;
        }
        return dimensions(bigEndian32(content, 16), bigEndian32(content, 20));
    }

    private static ImageDimensions webp(byte[] content) {
        if (content.length < 30) {
            return null;
        }
        if (startsWith(content, 12, ascii("VP8 "))) {
            // lossy: frame tag (3) at 20, start code 9D 01 2A at 23, then 14-bit width and height
            if ((content[23] & 0xFF) != 0x9D || (content[24] & 0xFF) != 0x01 || (content[25] & 0xFF) != 0x2A) {
                return null;
            }
            return dimensions(littleEndian(content, 26, 2) & 0x3FFF, littleEndian(content, 28, 2) & 0x3FFF);
        }
        if (startsWith(content, 12, ascii("VP8L"))) {
            // lossless: signature 0x2F at 20, then width-1 and height-1 in 14 bits each
            if ((content[20] & 0xFF) != 0x2F) {
                return null;
            }
            var bits = littleEndian(content, 21, 4);
            return dimensions((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
        }
        if (startsWith(content, 12, ascii("VP8X"))) {
            // extended: flags (4) at 20, canvas width-1 and height-1 in 24 bits each
            return dimensions((int) littleEndian(content, 24, 3) + 1, (int) littleEndian(content, 27, 3) + 1);
        }
        return null;
    }

    private static ImageDimensions jpeg(byte[] content) {
        var position = 2;
        for (var segment = 0; segment < JPEG_SEGMENTS_MAX; segment++) {
            var markerStart = position;
            while (position < content.length && (content[position] & 0xFF) == 0xFF) {
                position++; // a marker is FF (with any number of fill FFs) and a code
            }
            if (position == markerStart || position >= content.length) {
                return null;
            }
            var marker = content[position++] & 0xFF;
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                continue; // stand-alone markers carry no length
            }
            if (marker == 0xD9 || marker == 0xDA || position + 2 > content.length) {
                return null; // end of image or start of scan without a frame header before it
            }
            var length = (int) bigEndian(content, position, 2);
            if (isStartOfFrame(marker)) {
                // length (2), precision (1), height (2), width (2)
                return position + 7 > content.length ? null
                        : dimensions(bigEndian(content, position + 5, 2), bigEndian(content, position + 3, 2));
            }
            if (length < 2) {
                return null;
            }
            position += length;
        }
        return null;
    }

    /** SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static ImageDimensions dimensions(long width, long height) {
        return width > 0 && height > 0 && width <= Integer.MAX_VALUE && height <= Integer.MAX_VALUE
                ? new ImageDimensions((int) width, (int) height)
                : null;
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

    private static long bigEndian32(byte[] content, int offset) {
        return bigEndian(content, offset, 4);
    }

    private static long bigEndian(byte[] content, int offset, int length) {
        long value = 0;
        for (var i = 0; i < length; i++) {
            value = value << 8 | content[offset + i] & 0xFF;
        }
        return value;
    }

    private static long littleEndian(byte[] content, int offset, int length) {
        long value = 0;
        for (var i = length - 1; i >= 0; i--) {
            value = value << 8 | content[offset + i] & 0xFF;
        }
        return value;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
