package com.weighttracker.tracking.adapter.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;

import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.UnreadableRow;

/** A delimited text export of some app: how to recognise it and how to read its lines into rows. */
abstract class CsvFileFormat {

    /** The format's name, as in the entries' source "import:&lt;id&gt;". */
    abstract String id();

    char delimiter() {
        return ',';
    }

    /** Whether a file whose first non-blank lines are these is in this format. */
    abstract boolean recognises(List<String> firstLines);

    /** A reader for one file, fed every line in order (preamble and header included). */
    abstract LineReader newReader();

    /** Reads one line: the row it holds, null for a line without one, or a {@link RowException}. */
    interface LineReader {

        ImportedRow read(CsvLines.Line line);
    }

    /** The file's rows, read lazily; closing the stream closes {@code text}. */
    final Stream<ImportedRow> rows(Reader text) {
        var lines = CsvLines.of(new CsvSizeLimit(text, delimiter()), delimiter());
        var reader = newReader();
        Iterator<ImportedRow> rows = new Iterator<>() {
            private ImportedRow next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    var line = lines.next();
                    try {
                        next = reader.read(line);
                    } catch (RowException unreadable) {
                        next = new UnreadableRow(line.number(), unreadable.getMessage());
                    }
                }
                return next != null;
            }

            @Override
            public ImportedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var row = next;
                next = null;
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(lines::close);
    }

    /** The cells of one line of text (for recognising a header), or none if it is not valid CSV. */
    static Header headerOf(String line, char delimiter) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrailingData(true).get();
        try (var parser = format.parse(new StringReader(line))) {
            var records = parser.getRecords();
            return Header.of(records.isEmpty() ? List.of() : records.get(0).toList());
        } catch (IOException | RuntimeException notCsv) {
            return Header.of(List.of());
        }
    }

    static String firstOf(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
