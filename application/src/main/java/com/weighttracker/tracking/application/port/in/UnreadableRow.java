package com.weighttracker.tracking.application.port.in;

import java.util.Objects;

/** A row the file format's reader could not make sense of (a missing date, a word for a weight, …). */
public record UnreadableRow(long line, String reason) implements ImportedRow {

    public UnreadableRow {
        Objects.requireNonNull(reason, "reason");
    }
}
