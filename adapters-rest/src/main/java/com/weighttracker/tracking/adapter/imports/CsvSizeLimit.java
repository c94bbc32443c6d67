package com.weighttracker.tracking.adapter.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import com.weighttracker.shared.InvalidInput;

/**
 * Bounds every cell and every record (a line, or several when a quoted cell holds line breaks) of
 * a CSV text while it streams into the parser, so that no cell or record is ever held whole when
 * it is longer than any export writes: at most {@value #MAX_CELL_CHARS} characters a cell and
 * {@value #MAX_RECORD_CHARS} a record. It follows CSV's quoting (RFC 4180, as the parser does) just
 * far enough to tell where cells and records end.
 */
final class CsvSizeLimit extends FilterReader {

    static final int MAX_CELL_CHARS = 16_384;
    static final int MAX_RECORD_CHARS = 65_536;

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private State state = State.CELL_START;
    private long line = 1;
    private long recordLine = 1;
    private boolean afterCarriageReturn;
    private int cell;
    private int record;

    CsvSizeLimit(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        var c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        var n = super.read(buffer, offset, length);
        for (var i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("a CSV text is read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(char c) {
        var lineBreak = c == '\n' || c == '\r';
        if (lineBreak && !(c == '\n' && afterCarriageReturn)) {
            line++;
        }
        afterCarriageReturn = c == '\r';
        state = switch (state) {
            case CELL_START -> c == '"' ? State.QUOTED : after(c, State.UNQUOTED);
            case UNQUOTED -> after(c, State.UNQUOTED);
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : after(c, State.UNQUOTED);
        };
        if (record == 0 && state == State.CELL_START && lineBreak) {
            return; // the record ended here
        }
        if (++record > MAX_RECORD_CHARS) {
            throw tooLong("a line", MAX_RECORD_CHARS);
        }
        if (state != State.CELL_START && ++cell > MAX_CELL_CHARS) {
            throw tooLong("a cell", MAX_CELL_CHARS);
        }
    }

    /** Outside quotes: a delimiter starts the next cell, a line break the next record. */
    private State after(char c, State otherwise) {
        if (c == delimiter) {
            cell = 0;
            return State.CELL_START;
        }
        if (c == '\n' || c == '\r') {
            cell = 0;
            record = 0;
            recordLine = line;
            return State.CELL_START;
        }
        return otherwise;
    }

    private InvalidInput tooLong(String what, int max) {
        return InvalidInput.of("file", "Line " + recordLine + ": " + what + " is longer than " + max
                + " characters, which no export writes, so nothing was imported.");
    }
}
