package com.weighttracker.tracking.adapter.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.stereotype.Component;

import com.weighttracker.shared.InvalidInput;

/**
 * Tells an upload's format from its first bytes (never from its name) and opens its rows: a zip
 * is an Apple Health {@code export.zip}, a document starting with {@code <} an Apple Health
 * {@code export.xml}, anything else is text whose first lines name the app that wrote it.
 * A UTF-8 or UTF-16 byte order mark is honoured; text without one is read as UTF-8.
 *
 * <p>Limits: text (CSV) files at most {@value #MAX_CSV_MB} MB, every cell and line bounded too
 * ({@link CsvSizeLimit}); Apple Health exports, which are much larger, at most {@value #MAX_UPLOAD_MB}
 * MB as uploaded, and a zip's entries at most {@value #MAX_UNZIPPED_XML_MB} MB inflated together and
 * at most {@value InflationLimit#MAX_RATIO} times the zip ({@link InflationLimit}), at most
 * {@value #MAX_ZIP_ENTRIES} entries; every construct of the XML bounded ({@link XmlMarkupLimit}).
 */
@Component
public class WeightFiles {

    static final int MAX_CSV_MB = 10;
    static final int MAX_UPLOAD_MB = 200;
    static final int MAX_UNZIPPED_XML_MB = 2048;
    public static final long MAX_CSV_BYTES = MAX_CSV_MB * 1024L * 1024L;
    public static final long MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024L * 1024L;
    static final long MAX_UNZIPPED_XML_BYTES = MAX_UNZIPPED_XML_MB * 1024L * 1024L;
    static final int MAX_ZIP_ENTRIES = 100_000;

    private static final int PREFIX_BYTES = 16 * 1024;
    private static final int FIRST_LINES = 5;
    /** Most specific first: a wger header (Date,Weight) is also part of others. */
    private static final List<CsvFileFormat> TEXT_FORMATS = List.of(new WeightTrackerCsv(), new LibraCsv(),
            new SamsungHealthCsv(), new OpenScaleCsv(), new WithingsCsv(), new GarminCsv(), new WgerCsv());

    private final AppleHealthXml appleHealth = new AppleHealthXml();

    /**
     * Recognises the upload and opens its rows. The caller closes {@code upload} after consuming
     * the rows (for an Apple Health export they have been read by then already).
     *
     * @throws InvalidInput when the file is empty or in no format we know
     * @throws UploadTooLargeException when it is larger than its format may be (also while reading rows)
     */
    public WeightFile open(InputStream upload) {
        var limited = new LimitedInputStream(upload, MAX_UPLOAD_BYTES, "An upload");
        var in = new BufferedInputStream(limited, 64 * 1024);
        try {
            in.mark(PREFIX_BYTES);
            var prefix = in.readNBytes(PREFIX_BYTES);
            in.reset();
            if (prefix.length == 0) {
                throw InvalidInput.of("file", "The file is empty.");
            }
            if (isZip(prefix)) {
                return new WeightFile(AppleHealthXml.FORMAT, appleHealth.rows(exportXmlIn(in, limited)));
            }
            var bom = Bom.of(prefix);
            var start = new String(prefix, bom.length(), prefix.length - bom.length(), bom.charset());
            if (start.stripLeading().startsWith("<")) {
                if (bom.charset() != StandardCharsets.UTF_8) {
                    throw InvalidInput.of("file", "An Apple Health export.xml is UTF-8; this one is not, "
                            + "so nothing was imported.");
                }
                return new WeightFile(AppleHealthXml.FORMAT, appleHealth.rows(in));
            }
            limited.limitTo(MAX_CSV_BYTES, "A CSV file");
            var format = recognise(firstLines(start, prefix.length == PREFIX_BYTES));
            in.skipNBytes(bom.length());
            var text = new BufferedReader(new InputStreamReader(in, bom.charset()), 64 * 1024);
            return new WeightFile(format.id(), format.rows(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InvalidInput unknownFormat() {
        return InvalidInput.of("file", "We do not recognise this file's format. We can import our own CSV "
                + "export, Libra, openScale, wger, Withings, Garmin Connect and Samsung Health weight CSV files, "
                + "and an Apple Health export (export.xml, or the export.zip it came in).");
    }

    private static CsvFileFormat recognise(List<String> firstLines) {
        if (firstLines.isEmpty()) {
            throw InvalidInput.of("file", "The file is empty.");
        }
        return TEXT_FORMATS.stream().filter(format -> format.recognises(firstLines)).findFirst()
                .orElseThrow(WeightFiles::unknownFormat);
    }

    /** The first non-blank lines of the text; a line cut off by the end of the prefix is left out. */
    private static List<String> firstLines(String start, boolean truncated) {
        var lines = new ArrayList<String>();
        var all = start.split("\r\n|\r|\n", -1);
        var complete = truncated ? all.length - 1 : all.length;
        for (var i = 0; i < complete && lines.size() < FIRST_LINES; i++) {
            if (!all[i].isBlank()) {
                lines.add(all[i]);
            }
        }
        return lines;
    }

    private static boolean isZip(byte[] prefix) {
        return prefix.length >= 4 && prefix[0] == 'P' && prefix[1] == 'K' && prefix[2] == 3 && prefix[3] == 4;
    }

    /**
     * Apple's export.zip holds apple_health_export/export.xml (and export_cda.xml, which is not it).
     * Entries before it are read to their end through the inflation limit, so they are bounded too.
     */
    private static InputStream exportXmlIn(InputStream zipped, LimitedInputStream upload) throws IOException {
        var zip = new ZipInputStream(zipped);
        var inflated = new InflationLimit(zip, upload::bytesRead, MAX_UNZIPPED_XML_BYTES, "The files in a zip");
        try {
            var entries = 0;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw InvalidInput.of("file", "The zip holds more than " + MAX_ZIP_ENTRIES
                            + " files before its export.xml, so nothing was imported.");
                }
                var name = entry.getName();
                if (!entry.isDirectory() && (name.equals("export.xml") || name.endsWith("/export.xml"))) {
                    return inflated;
                }
                inflated.transferTo(OutputStream.nullOutputStream());
            }
        } catch (ZipException damaged) {
            throw InvalidInput.of("file", "The zip file is damaged, so nothing was imported.");
        }
        throw InvalidInput.of("file", "The zip file holds no apple_health_export/export.xml: "
                + "upload the export.zip from the Health app as it is, or its export.xml.");
    }

    /** A byte order mark and the charset it announces (none: UTF-8). */
    private record Bom(int length, Charset charset) {

        static Bom of(byte[] prefix) {
            if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
                return new Bom(3, StandardCharsets.UTF_8);
            }
            if (startsWith(prefix, 0xFF, 0xFE)) {
                return new Bom(2, StandardCharsets.UTF_16LE);
            }
            if (startsWith(prefix, 0xFE, 0xFF)) {
                return new Bom(2, StandardCharsets.UTF_16BE);
            }
            return new Bom(0, StandardCharsets.UTF_8);
        }

        private static boolean startsWith(byte[] bytes, int... expected) {
            if (bytes.length < expected.length) {
                return false;
            }
            for (var i = 0; i < expected.length; i++) {
                if ((bytes[i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
