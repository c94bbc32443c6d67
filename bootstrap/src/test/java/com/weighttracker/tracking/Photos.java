package com.weighttracker.tracking;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Small images to upload: real JPEG and PNG files (ImageIO); real WebP ones are in {@code TestImages}. */
final class Photos {

    static final int MEGABYTES_5 = 5 * 1024 * 1024;

    private Photos() {
    }

    static byte[] jpeg(int width, int height) {
        return encoded("jpg", width, height);
    }

    static byte[] png(int width, int height) {
        return encoded("png", width, height);
    }

    static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A JPEG's magic bytes, padded with zeros to {@code size} bytes. */
    static byte[] jpegOfSize(int size) {
        return Arrays.copyOf(jpeg(8, 8), size);
    }

    private static byte[] encoded(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF8800);
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
