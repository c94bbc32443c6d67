package com.weighttracker.tracking.adapter.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.weighttracker.shared.InvalidInput;

/**
 * The non-blank records of a delimited text file with the line each starts on (a quoted value may
 * span lines). A record that breaks CSV's quoting rules ends the file's import: nothing after it
 * can be trusted to line up, so it is a 400 naming the line, not a rejected row.
 */
final class CsvLines implements Iterator<CsvLines.Line>, AutoCloseable {

    /** One record: the 1-based line it starts on and its cells as written. */
    record Line(long number, List<String> cells) {

        /** The trimmed cell, or null when the line has no such cell or it is blank. */
        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            var value = text(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** The cell exactly as written (notes keep their inner spaces and line breaks). */
        String raw(int index) {
            return index < 0 || index >= cells.size() ? null : text(index);
        }

        /**
         * A cell read as data holds no control character but tab and line breaks: no export writes
         * them, and NUL cannot even be stored. Header and preamble lines are not read this way.
         */
        private String text(int index) {
            var value = cells.get(index);
            for (var i = 0; i < value.length(); i++) {
                var c = value.charAt(i);
                if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    throw new RowException(String.format(Locale.ROOT,
                            "column %d holds a control character (U+%04X), which is not text we import", index + 1,
                            (int) c));
                }
            }
            return value;
        }

        String first() {
            return cell(0);
        }

        String lowerCaseFirst() {
            var first = first();
            return first == null ? "" : first.toLowerCase(Locale.ROOT);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private Line next;

    private CsvLines(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvLines of(Reader reader, char delimiter) {
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .setTrailingData(true)
                .get();
        try {
            return new CsvLines(CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            // the parser has consumed the previous record's line break: the next record starts on the next line
            var startLine = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                var cells = records.next().toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    next = new Line(startLine, cells);
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException broken) {
                    throw InvalidInput.of("file", "Line " + startLine
                            + ": the file is not valid CSV, so the import stopped (" + brief(broken) + ").");
                }
                throw e;
            }
        }
        return true;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var line = next;
        next = null;
        return line;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String brief(CSVException broken) {
        var message = broken.getMessage() == null ? "" : broken.getMessage();
        return message.replaceFirst("^\\(startline \\d+\\)\\s*", "").replaceFirst("^Invalid parse sequence: ", "");
    }
}
