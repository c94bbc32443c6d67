package com.weighttracker.tracking.application.port.in;

import java.util.List;

/**
 * What an import did: how many weigh-ins it added, how many were there already (from an earlier
 * import or twice in the file), and which rows it refused and why. {@code rejected} lists at most
 * {@value #MAX_LISTED_REJECTIONS} rows, the first ones; {@code rejectedCount} counts them all.
 */
public record ImportReport(String format, int imported, int skippedDuplicates, List<Rejection> rejected,
        int rejectedCount) {

    public static final int MAX_LISTED_REJECTIONS = 1_000;

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** A refused row: its 1-based line in the file and what is wrong with it. */
    public record Rejection(long line, String reason) {
    }
}
