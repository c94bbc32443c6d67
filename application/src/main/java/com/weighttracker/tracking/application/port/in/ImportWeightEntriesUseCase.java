package com.weighttracker.tracking.application.port.in;

import java.util.stream.Stream;

import com.weighttracker.shared.UserId;

/**
 * Imports weigh-ins read from a file (our own CSV export or another app's). Every row is validated
 * like a manual weigh-in; a row that breaks a rule is reported, not imported, and does not stop
 * the others. Importing the same file twice adds nothing the second time: a weigh-in with the same
 * instant and mass exists already. The valid rows are written in one transaction: all or none.
 */
public interface ImportWeightEntriesUseCase {

    /** At most this many rows (valid or not) per file. */
    int MAX_ROWS = 100_000;

    /**
     * @param format the file format, which names the source of the entries ("import:&lt;format&gt;")
     * @param rows the file's rows in file order; consumed and closed here
     */
    ImportReport importEntries(UserId owner, String format, Stream<ImportedRow> rows);
}
