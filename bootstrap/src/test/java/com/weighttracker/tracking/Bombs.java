package com.weighttracker.tracking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile uploads built in the test, streaming: a few hundred megabytes of one repeated character
 * deflate to a few hundred kilobytes, so building one takes about a second and little memory.
 */
final class Bombs {

    static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n"
            + "<Record type=\"HKQuantityTypeIdentifierBodyMass\" unit=\"kg\" startDate=\"2024-01-02 07:30:00 +0100\" value=\"";
    static final String XML_TAIL = "\"/>\n</HealthData>\n";

    private Bombs() {
    }

    /** An Apple Health export.zip whose export.xml holds one attribute of {@code megabytes} of 'a'. */
    static byte[] zipWithGiantAttribute(String entryName, int megabytes) {
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(XML_HEAD.getBytes(StandardCharsets.UTF_8));
            repeat(zip, 'a', megabytes * 1024L * 1024L);
            zip.write(XML_TAIL.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }

    /** An Apple Health export.zip whose export.xml holds {@code megabytes} of tiny empty elements. */
    static byte[] zipOfTinyElements(String entryName, int megabytes) {
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n"
                    .getBytes(StandardCharsets.UTF_8));
            var chunk = "<a/>".repeat(16 * 1024).getBytes(StandardCharsets.UTF_8);
            for (var left = megabytes * 1024L * 1024L; left > 0; left -= chunk.length) {
                zip.write(chunk);
            }
            zip.write("</HealthData>\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }

    /** An uncompressed export.xml with one attribute of {@code megabytes} of 'a'. */
    static byte[] xmlWithGiantAttribute(int megabytes) {
        var xml = new ByteArrayOutputStream(megabytes * 1024 * 1024 + 512);
        try {
            xml.write(XML_HEAD.getBytes(StandardCharsets.UTF_8));
            repeat(xml, 'a', megabytes * 1024L * 1024L);
            xml.write(XML_TAIL.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xml.toByteArray();
    }

    /** {@code prefix}, then {@code count} times {@code c}, then {@code suffix}, as UTF-8. */
    static byte[] text(String prefix, char c, int count, String suffix) {
        return (prefix + String.valueOf(c).repeat(count) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static void repeat(OutputStream out, char c, long count) throws IOException {
        var chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) c);
        for (var left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
