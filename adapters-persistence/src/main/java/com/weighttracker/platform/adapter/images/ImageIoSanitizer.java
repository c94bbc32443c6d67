package com.weighttracker.platform.adapter.images;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.ImageUploadRule;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.application.ImageSanitizer;
import com.weighttracker.shared.application.SanitizedImage;

/**
 * Decodes uploads with javax.imageio (the JDK's PNG reader, TwelveMonkeys' JPEG and WebP readers)
 * and encodes the pixels again, which leaves every metadata segment behind (EXIF with GPS, XMP,
 * ICC profiles, comments, text chunks). The header is read first and more than
 * {@link ImageUploadRule#MAX_PIXELS} is refused before any pixel is decoded; a reader's warning
 * (a truncated or corrupt stream that it would fill with grey) refuses the image as a decoding
 * error does. At most {@code concurrentDecodes} images are decoded at a time, so memory stays
 * bounded however many uploads arrive together.
 *
 * <p>A JPEG's EXIF orientation is applied to the pixels before the tag goes with the rest, so a
 * phone photo stays upright. JPEG stays JPEG (quality {@value #JPEG_QUALITY}), PNG stays PNG.
 * WebP has no pure-Java encoder:
 * it becomes PNG when it has an alpha channel and JPEG otherwise (ADR 10).
 */
public final class ImageIoSanitizer implements ImageSanitizer {

    static final float JPEG_QUALITY = 0.9f;

    private final Semaphore decoding;

    public ImageIoSanitizer(int concurrentDecodes) {
        if (concurrentDecodes < 1) {
            throw new IllegalArgumentException("at least one decode at a time");
        }
        this.decoding = new Semaphore(concurrentDecodes, true);
        // plugins in the application's class loader (nested jars) are found only by a scan from it
        ImageIO.scanForPlugins();
        for (var format : ImageFormat.values()) {
            if (!ImageIO.getImageReadersByMIMEType(format.mediaType()).hasNext()) {
                throw new IllegalStateException("no javax.imageio reader for " + format.mediaType());
            }
        }
    }

    @Override
    public SanitizedImage sanitize(ImageFormat format, byte[] content) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode an image", e);
        }
        try {
            var image = format == ImageFormat.JPEG ? upright(decode(format, content), exifOrientation(content))
                    : decode(format, content);
            var target = format == ImageFormat.WEBP
                    ? image.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG
                    : format;
            return new SanitizedImage(target, encode(image, target),
                    new ImageDimensions(image.getWidth(), image.getHeight()));
        } finally {
            decoding.release();
        }
    }

    private static BufferedImage decode(ImageFormat format, byte[] content) {
        var reader = ImageIO.getImageReadersByMIMEType(format.mediaType()).next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (var in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            ImageUploadRule.requireDecodable(reader.getWidth(0), reader.getHeight(0));
            var image = reader.read(0);
            if (!warnings.isEmpty() || image == null) {
                throw ImageUploadRule.unreadable();
            }
            return image;
        } catch (InvalidInput refused) {
            throw refused;
        } catch (IOException | RuntimeException undecodable) {
            // a reader's way of saying "not a complete image of this format": IIOException, EOF,
            // IndexOutOfBounds, IllegalArgument, … all mean the same to the uploader
            throw ImageUploadRule.unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encode(BufferedImage image, ImageFormat target) {
        var out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(target.mediaType()).next();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            if (target == ImageFormat.JPEG) {
                var parameters = writer.getDefaultWriteParam();
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(opaque(image), null, null), parameters);
            } else {
                writer.write(null, new IIOImage(standard(image), null, null), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode an image", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** JPEG has no alpha and the JDK's writer wants RGB or grey: anything else is drawn on white. */
    private static BufferedImage opaque(BufferedImage image) {
        var type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return redrawn(image, BufferedImage.TYPE_INT_RGB);
    }

    /** The PNG writer takes every standard type; custom ones (16-bit, CMYK, …) are drawn as 8-bit RGB(A). */
    private static BufferedImage standard(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        return redrawn(image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    }

    /**
     * The EXIF orientation (1 to 8) of a JPEG: the Orientation tag (0x0112) of IFD0 in its first
     * APP1 "Exif" segment; 1 (as stored) when there is none or it cannot be read.
     */
    static int exifOrientation(byte[] jpeg) {
        try {
            return orientationSegment(jpeg);
        } catch (IndexOutOfBoundsException unreadable) {
            return 1; // the decoder judges the file; a tag we cannot read is no tag
        }
    }

    private static int orientationSegment(byte[] jpeg) {
        var position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            var marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xFF) {
                position++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return 1; // the scan starts: no more header segments
            }
            var length = unsigned16(jpeg, position + 2, false);
            var start = position + 4;
            var end = position + 2 + length;
            if (length < 2 || end > jpeg.length) {
                return 1;
            }
            if (marker == 0xE1 && length >= 16 && startsWithExif(jpeg, start)) {
                return orientationIn(jpeg, start + 6, end);
            }
            position = end;
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] bytes, int offset) {
        return bytes[offset] == 'E' && bytes[offset + 1] == 'x' && bytes[offset + 2] == 'i' && bytes[offset + 3] == 'f'
                && bytes[offset + 4] == 0 && bytes[offset + 5] == 0;
    }

    private static int orientationIn(byte[] bytes, int tiff, int end) {
        var little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) {
            return 1;
        }
        var ifd = tiff + (int) Math.min(unsigned32(bytes, tiff + 4, little), end);
        if (ifd + 2 > end) {
            return 1;
        }
        var entries = unsigned16(bytes, ifd, little);
        for (var i = 0; i < entries; i++) {
            var entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned16(bytes, entry, little) == 0x0112 && unsigned16(bytes, entry + 2, little) == 3) {
                var orientation = unsigned16(bytes, entry + 8, little);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        }
        return 1;
    }

    /** The image as it is meant to be seen: flipped and turned as its EXIF orientation says. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        double w = image.getWidth();
        double h = image.getHeight();
        // where a source point (x, y) goes: AffineTransform(m00, m10, m01, m11, m02, m12)
        var transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // turned 180 degrees
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned 90 degrees clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned 90 degrees anticlockwise
            default -> null;
        };
        if (transform == null) {
            return image;
        }
        var swapped = orientation >= 5;
        var turned = new BufferedImage(swapped ? image.getHeight() : image.getWidth(),
                swapped ? image.getWidth() : image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    private static int unsigned16(byte[] bytes, int offset, boolean little) {
        var first = bytes[offset] & 0xFF;
        var second = bytes[offset + 1] & 0xFF;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static long unsigned32(byte[] bytes, int offset, boolean little) {
        long high = unsigned16(bytes, little ? offset + 2 : offset, little);
        long low = unsigned16(bytes, little ? offset : offset + 2, little);
        return high << 16 | low;
    }

    private static BufferedImage redrawn(BufferedImage image, int type) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        var graphics = copy.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, type == BufferedImage.TYPE_INT_RGB ? Color.WHITE : null, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }
}
