package com.weighttracker.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Streams rows to {@code COPY … FROM STDIN (FORMAT binary)} through a fixed 1 MB buffer: nothing
 * but the current buffer is held in memory, and PostgreSQL parses no text (uuid, numeric,
 * timestamptz go in their wire format).
 */
final class BinaryCopy implements AutoCloseable {

    /** Microseconds between the Unix epoch and PostgreSQL's (2000-01-01T00:00:00Z). */
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags
            0, 0, 0, 0 }; // header extension length
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (var i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 20];
    private int position;
    private long rows;

    BinaryCopy(CopyIn copy) throws SQLException {
        this.copy = copy;
        put(HEADER);
    }

    void startRow(int fields) throws SQLException {
        ensure(2);
        putShort(fields);
        rows++;
    }

    void uuid(long mostSignificant, long leastSignificant) throws SQLException {
        ensure(20);
        putInt(16);
        putLong(mostSignificant);
        putLong(leastSignificant);
    }

    void int8(long value) throws SQLException {
        ensure(12);
        putInt(8);
        putLong(value);
    }

    /** A timestamptz given as Unix seconds plus microseconds. */
    void timestamp(long epochSecond, int micros) throws SQLException {
        int8((epochSecond - PG_EPOCH_SECONDS) * 1_000_000L + micros);
    }

    void text(String value) throws SQLException {
        if (value == null) {
            nul();
            return;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(4 + bytes.length);
        putInt(bytes.length);
        put(bytes);
    }

    void nul() throws SQLException {
        ensure(4);
        putInt(-1);
    }

    /**
     * A non-negative numeric {@code unscaled × 10^-scale} in PostgreSQL's binary form: base-10000
     * digits, weight of the first digit, sign, display scale.
     */
    void numeric(long unscaled, int scale) throws SQLException {
        if (unscaled < 0) {
            throw new IllegalArgumentException("only non-negative numerics are generated");
        }
        var integer = unscaled / POWERS_OF_TEN[scale];
        var fractionGroups = (scale + 3) / 4;
        var fraction = (unscaled % POWERS_OF_TEN[scale]) * POWERS_OF_TEN[fractionGroups * 4 - scale];
        var digits = new short[8];
        var count = 0;
        var integerGroups = 0;
        for (var rest = integer; rest > 0; rest /= 10_000) {
            integerGroups++;
        }
        for (var group = integerGroups - 1; group >= 0; group--) {
            digits[count++] = (short) (integer / POWERS_OF_TEN[group * 4] % 10_000);
        }
        for (var group = fractionGroups - 1; group >= 0; group--) {
            digits[count++] = (short) (fraction / POWERS_OF_TEN[group * 4] % 10_000);
        }
        var weight = integerGroups - 1;
        var first = 0;
        while (first < count && digits[first] == 0) {
            first++;
            weight--;
        }
        var last = count;
        while (last > first && digits[last - 1] == 0) {
            last--;
        }
        var ndigits = last - first;
        if (ndigits == 0) {
            weight = 0;
        }
        ensure(4 + 8 + 2 * ndigits);
        putInt(8 + 2 * ndigits);
        putShort(ndigits);
        putShort(weight);
        putShort(0); // positive
        putShort(scale);
        for (var i = first; i < last; i++) {
            putShort(digits[i]);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        ensure(2);
        putShort(-1);
        flush();
        copy.endCopy();
    }

    private void ensure(int bytes) throws SQLException {
        if (position + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (position > 0) {
            copy.writeToCopy(buffer, 0, position);
            position = 0;
        }
    }

    private void put(byte[] bytes) throws SQLException {
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void putShort(int value) {
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void putInt(int value) {
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }
}
