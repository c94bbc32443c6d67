package com.weighttracker.tracking.adapter.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts what the entries of a zip inflate to, all entries together (skipped ones too: the caller
 * drains them through this stream), and refuses more than {@code maxBytes} in all or more than
 * {@value #MAX_RATIO} times the compressed bytes read so far (after a first {@value #FREE_MB} MB).
 * Deflate reaches about 1,000:1 on one repeated character; Apple Health exports compress about
 * 20:1, so a zip bomb is refused after a few megabytes and a real export never.
 */
final class InflationLimit extends FilterInputStream {

    static final int MAX_RATIO = 100;
    static final int FREE_MB = 8;
    private static final long FREE_BYTES = FREE_MB * 1024L * 1024L;

    private final LongSupplier compressedBytes;
    private final long maxBytes;
    private final String what;
    private long inflated;

    /**
     * @param compressedBytes how many bytes of the zip itself have been read so far
     */
    InflationLimit(InputStream inflating, LongSupplier compressedBytes, long maxBytes, String what) {
        super(inflating);
        this.compressedBytes = compressedBytes;
        this.maxBytes = maxBytes;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        var b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read rather than skip, so that what is skipped is counted and bounded too
        var buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        var skipped = 0L;
        while (skipped < n) {
            var read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        inflated += n;
        if (inflated > maxBytes) {
            throw new UploadTooLargeException(maxBytes, what);
        }
        if (inflated > FREE_BYTES && inflated > MAX_RATIO * compressedBytes.getAsLong()) {
            throw new UploadTooLargeException("The zip inflates to more than " + MAX_RATIO + " times its size, "
                    + "which no Apple Health export does, so nothing was imported.");
        }
    }
}
