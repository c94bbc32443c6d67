package com.weighttracker.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Images to upload, real and broken: JPEG and PNG written by ImageIO, a JPEG and a PNG that carry
 * EXIF with a GPS position (and XMP, comments, text chunks), tiny real WebP files, truncated files,
 * magic bytes followed by noise, and headers that claim gigapixels. Plus a byte-exact download.
 */
public final class TestImages {

    /** A 1 x 1 lossy WebP (VP8), and a 1 x 1 lossless one (VP8L), as browsers' feature tests use them. */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder()
            .decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder()
            .decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    /** What a stored image must not contain: EXIF and XMP headers, PNG metadata chunks, the GPS words. */
    public static final List<String> METADATA_MARKS = List.of("Exif", "http://ns.adobe.com/xap/1.0/", "GPSLatitude",
            "eXIf", "tEXt", "iTXt", "zTXt", "secret spot");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestImages() {
    }

    /** A JPEG of random pixels (so it has real scan data to cut). */
    public static byte[] jpeg(int width, int height) {
        return encoded("jpg", noise(width, height));
    }

    public static byte[] png(int width, int height) {
        return encoded("png", noise(width, height));
    }

    /** A JPEG with an EXIF segment holding a GPS position, an XMP segment naming it, and a comment. */
    public static byte[] jpegWithGps(int width, int height) {
        var jpeg = jpeg(width, height);
        var exif = concat(ascii("Exif\0\0"), tiffWithGps());
        var xmp = concat(ascii("http://ns.adobe.com/xap/1.0/\0"), ascii("<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                + "<exif:GPSLatitude>52,31.0N</exif:GPSLatitude></x:xmpmeta>"));
        return concat(Arrays.copyOf(jpeg, 2), segment(0xE1, exif), segment(0xE1, xmp),
                segment(0xFE, ascii("taken at my secret spot")), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /**
     * A 40 x 30 JPEG, red in its left quarter and blue elsewhere, whose EXIF says to show it turned
     * or flipped by {@code orientation} (1 to 8).
     */
    public static byte[] jpegWithOrientation(int orientation) {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (var y = 0; y < 30; y++) {
            for (var x = 0; x < 40; x++) {
                image.setRGB(x, y, x < 10 ? 0xFF0000 : 0x0000FF);
            }
        }
        var jpeg = encoded("jpg", image);
        var tiff = ByteBuffer.allocate(26).put(ascii("MM")).putShort((short) 42).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
                .putShort((short) 0).putInt(0).array();
        return concat(Arrays.copyOf(jpeg, 2), segment(0xE1, concat(ascii("Exif\0\0"), tiff)),
                Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A PNG with an eXIf chunk holding a GPS position and a tEXt chunk, right after its header. */
    public static byte[] pngWithGps(int width, int height) {
        var png = png(width, height);
        var afterHeader = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
        return concat(Arrays.copyOf(png, afterHeader), chunk("eXIf", tiffWithGps()),
                chunk("tEXt", ascii("Comment\0taken at my secret spot")),
                Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** The first {@code fraction} of the file: header intact, pixels cut off. */
    public static byte[] truncated(byte[] image, double fraction) {
        return Arrays.copyOf(image, (int) (image.length * fraction));
    }

    /** The format's magic bytes, then random noise. */
    public static byte[] noiseAfter(String magic, int size) {
        var bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        var start = magic.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    public static final String JPEG_MAGIC = "\u00FF\u00D8\u00FF\u00E0";
    public static final String PNG_MAGIC = "\u0089PNG\r\n\u001A\n";
    public static final String WEBP_MAGIC = "RIFF\u0000\u0001\u0000\u0000WEBPVP8 ";

    /** A valid PNG header (CRC and all) claiming 100,000 x 100,000 pixels, and almost nothing after it. */
    public static byte[] giantPng() {
        var header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        return concat(ascii(PNG_MAGIC), chunk("IHDR", header), chunk("IDAT", new byte[] { 0x78, (byte) 0x9C }),
                chunk("IEND", new byte[0]));
    }

    /** A real JPEG whose frame header is changed to claim 60,000 x 60,000 pixels. */
    public static byte[] giantJpeg() {
        var jpeg = jpeg(16, 16);
        for (var i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // marker (2), length (2), precision (1), height (2), width (2)
                jpeg[i + 5] = (byte) (60_000 >> 8);
                jpeg[i + 6] = (byte) (60_000 & 0xFF);
                jpeg[i + 7] = (byte) (60_000 >> 8);
                jpeg[i + 8] = (byte) (60_000 & 0xFF);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 in the JPEG");
    }

    /** The metadata marks {@code image} contains (none for a clean one). */
    public static List<String> metadataIn(byte[] image) {
        var text = new String(image, StandardCharsets.ISO_8859_1);
        var found = new ArrayList<String>();
        METADATA_MARKS.stream().filter(text::contains).forEach(found::add);
        if (text.contains("\u0088\u0025") && text.contains("Exif")) {
            found.add("GPS IFD pointer");
        }
        return found;
    }

    /** The image as ImageIO reads it, or null when it cannot. */
    public static BufferedImage read(byte[] image) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(image));
        } catch (IOException e) {
            return null;
        }
    }

    /** A GET whose body is kept byte for byte; {@code headers} are name, value, name, value, … */
    public static HttpResponse<byte[]> download(Api api, String path, String token, String... headers) {
        var request = api.request(path, token).timeout(Duration.ofSeconds(30)).GET();
        for (var i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Big-endian TIFF: IFD0 with a GPS IFD pointer; the GPS IFD with latitude ref N and latitude 52° 31' 0". */
    private static byte[] tiffWithGps() {
        var tiff = ByteBuffer.allocate(80);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(0).putInt(1);
        return Arrays.copyOf(tiff.array(), tiff.position());
    }

    private static byte[] segment(int marker, byte[] payload) {
        var length = payload.length + 2;
        return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length }, payload);
    }

    private static byte[] chunk(String type, byte[] data) {
        var crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), ascii(type), data,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage noise(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(width * 31L + height);
        for (var y = 0; y < height; y++) {
            for (var x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] encoded(String format, BufferedImage image) {
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

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
