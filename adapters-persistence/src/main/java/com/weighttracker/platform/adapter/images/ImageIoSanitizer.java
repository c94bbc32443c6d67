package com.weighttracker.platform.adapter.images;

import java.awt.Color;
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
import com.weighttracker.shared.InvalidInputException;
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
 * <p>JPEG stays JPEG (quality {@value #JPEG_QUALITY}), PNG stays PNG. WebP has no pure-Java encoder:
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
            var image = decode(format, content);
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
        } catch (InvalidInputException refused) {
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
