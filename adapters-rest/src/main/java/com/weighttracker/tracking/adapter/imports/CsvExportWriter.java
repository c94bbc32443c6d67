package com.weighttracker.tracking.adapter.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ExportedWeightEntry;
import com.weighttracker.tracking.application.port.in.WeightEntryExport;

/**
 * Writes an export as our CSV (RFC 4180: comma, CRLF, values with commas, quotes or line breaks
 * quoted, UTF-8 without a byte order mark), one row per weigh-in, streamed: rows are written as
 * they are read and flushed every {@value #FLUSH_EVERY} rows. Free-text cells that a spreadsheet
 * would run as a formula are guarded with a leading single quote ({@link WeightTrackerCsv}); the
 * import removes the guard again, so an export imports back unchanged.
 */
public final class CsvExportWriter {

    private static final int FLUSH_EVERY = 500;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private CsvExportWriter() {
    }

    public static void write(WeightEntryExport export, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        var printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(WeightTrackerCsv.COLUMNS);
        var rows = 0;
        for (var entry : export.entries()) {
            printer.printRecord(Arrays.asList(cells(entry)));
            if (++rows % FLUSH_EVERY == 0) {
                printer.flush();
            }
        }
        printer.flush();
    }

    private static Object[] cells(ExportedWeightEntry entry) {
        return new Object[] { entry.id(), entry.recordedAt(), entry.localDate(), plain(entry.weight()),
                unit(entry.unit()), plain(entry.pounds()), plain(entry.weightKg()), unit(entry.enteredUnit()),
                WeightTrackerCsv.guarded(entry.notes()), plain(entry.bodyFatPercentage()), plain(entry.muscleMass()),
                plain(entry.muscleMassKg()), plain(entry.waterPercentage()), WeightTrackerCsv.guarded(entry.source()),
                entry.createdAt() };
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String unit(MassUnit unit) {
        return unit == null ? null : unit.name().toLowerCase(Locale.ROOT);
    }
}
