package com.weighttracker.tracking.adapter.imports;

import java.util.stream.Stream;

import com.weighttracker.tracking.application.port.in.ImportedRow;

/** An uploaded file, recognised: its format's name and its rows, read while the stream is consumed. */
public record WeightFile(String format, Stream<ImportedRow> rows) {
}
