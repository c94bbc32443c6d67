package com.weighttracker.tracking.adapter.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and refuses to go past a limit, which may be lowered once the format is known. */
final class LimitedInputStream extends FilterInputStream {

    private long limit;
    private String what;
    private long read;

    LimitedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    /** From now on at most {@code newLimit} bytes in total (those read so far count). */
    void limitTo(long newLimit, String newWhat) {
        limit = newLimit;
        what = newWhat;
        check();
    }

    /** The bytes read so far. */
    long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        var b = super.read();
        if (b >= 0) {
            read++;
            check();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var n = super.read(buffer, offset, length);
        if (n > 0) {
            read += n;
            check();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        var skipped = super.skip(n);
        read += skipped;
        check();
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() {
        if (read > limit) {
            throw new UploadTooLargeException(limit, what);
        }
    }
}
