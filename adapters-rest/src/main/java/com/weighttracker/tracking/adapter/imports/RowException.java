package com.weighttracker.tracking.adapter.imports;

/** A data row that cannot be read; the message says why, for the import report. */
final class RowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RowException(String reason) {
        super(reason, null, false, false);
    }
}
