package com.weighttracker.tracking.application.port.in;

/** One data row of an imported file: a weigh-in as the file states it, or why it could not be read. */
public sealed interface ImportedRow permits ImportedWeighIn, UnreadableRow {

    /** Where it is in the file: the 1-based line number where the row starts. */
    long line();
}
